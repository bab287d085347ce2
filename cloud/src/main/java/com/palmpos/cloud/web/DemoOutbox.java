package com.palmpos.cloud.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The demo's message gateway: keeps the newest {@link #CAPACITY} messages in memory for the demo outbox page, where a
 * demo user reads the code "sent" to them. Thread-safe.
 */
public final class DemoOutbox implements CodeSender {
    static final int CAPACITY = 100;
    private final Deque<Message> messages = new ArrayDeque<>();

    @Override
    public synchronized void send(Message message) {
        if (messages.size() == CAPACITY) {
            messages.removeLast();
        }
        messages.addFirst(message);
    }

    /** The messages, newest first. */
    public synchronized List<Message> messages() {
        return List.copyOf(messages);
    }
}
