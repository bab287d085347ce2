package com.palmpos.pos.menu;

/** A menu section such as "Soups"; {@code icon} is an emoji or an icon resource name. */
public record Category(String id, String name, String icon) {
}
