package com.palmpos.cloud.web;

/** A store the customer can pick: its id and shown name. */
public record StoreOption(String id, String name) {
}
