package com.palmpos.cloud.web;

/**
 * Sends a customer a message with a code (pre-enrollment or sign-in) to their e-mail or phone. Pluggable: the demo
 * keeps messages in {@link DemoOutbox}; a production sender would hand them to a mail or SMS gateway. Implementations
 * are thread-safe and never log the message body (it holds a code).
 */
public interface CodeSender {
    /** How the message travels. */
    enum Channel { EMAIL, SMS }

    /** One message: to whom, by which channel, its subject and text. */
    record Message(String to, Channel channel, String subject, String body, java.time.Instant at) {
    }

    void send(Message message);

    /** A sender for a cloud without a gateway: the message is dropped and a warning says so (no code in the log). */
    CodeSender NONE = message -> org.slf4j.LoggerFactory.getLogger(CodeSender.class)
            .warn("No message gateway configured: a {} with a code was not delivered", message.channel());
}
