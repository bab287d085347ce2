package com.palmpos.pos.print;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.Arrays;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;

/**
 * Prints to an ESC/POS thermal receipt printer through the operating system's print queue as a raw byte stream
 * (javax.print, {@code DocFlavor.BYTE_ARRAY.AUTOSENSE}): initialise, the text in code page 437, feed, partial cut.
 * The queue must pass data through unchanged (a "raw" CUPS queue). Thread-safe; blocks until the queue takes the job.
 */
public final class EscPosPrinter implements ReceiptPrinter {
    private static final byte ESC = 0x1B;
    private static final byte GS = 0x1D;
    private static final Charset CP437 = Charset.forName("IBM437");

    private final String queueName;

    /** @param queueName the OS print queue, e.g. {@code receipt} (see {@code lpstat -p}) */
    public EscPosPrinter(String queueName) {
        this.queueName = queueName;
    }

    /** The bytes sent for {@code text}; visible for tests and for writing to a serial/USB port directly. */
    public static byte[] encode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {ESC, '@'});              // initialise
        out.writeBytes(new byte[] {ESC, 't', 0});           // code page 437
        out.writeBytes(text.replace("\r", "").getBytes(CP437));
        out.writeBytes(new byte[] {ESC, 'd', 4});           // feed 4 lines past the cutter
        out.writeBytes(new byte[] {GS, 'V', 1});            // partial cut
        return out.toByteArray();
    }

    @Override
    public void print(String title, String text) {
        PrintService service = Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null))
                .filter(s -> s.getName().equalsIgnoreCase(queueName)).findFirst()
                .orElseThrow(() -> new PrintFailedException("no printer queue named '" + queueName
                        + "': check the printer is installed and switched on, or choose another in the settings", null));
        DocPrintJob job = service.createPrintJob();
        try {
            job.print(new SimpleDoc(encode(text), DocFlavor.BYTE_ARRAY.AUTOSENSE, null), null);
        } catch (PrintException e) {
            throw new PrintFailedException("printer '" + queueName + "' refused " + title + ": " + e.getMessage(), e);
        }
    }
}
