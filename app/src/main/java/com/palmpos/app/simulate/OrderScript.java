package com.palmpos.app.simulate;

import com.palmpos.pos.menu.ServiceMode;
import com.palmpos.pos.order.LineRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Deterministic, realistic orders for the simulator: the same seed gives the same sequence of plans (items, mode,
 * customer, tender), whatever the database holds. About a third of the orders belong to a known customer, about one in
 * {@value #ENROLL_ONE_IN} to a customer who enrolls at the counter first (consent, synthetic palm, the simulated card
 * reader's test card, a new loyalty account); the rest are anonymous. Palm identification is not simulated: a customer is attached by id, as after a loyalty-card scan.
 * Not thread-safe (one random stream).
 */
final class OrderScript {
    /** Picks a cashier could ring up on the demo menu, with the modifier choices the menu requires. */
    private static final List<LineRequest> PICKS = List.of(
            new LineRequest("tomato-basil-soup", "bowl", 1, Map.of("soup-side", List.of("side-chips")), ""),
            new LineRequest("lentil-soup", "cup", 1, Map.of(), ""),
            new LineRequest("caesar-salad", "whole", 1, Map.of("dressing", List.of("caesar-dressing"),
                    "protein", List.of("chicken")), ""),
            new LineRequest("turkey-avocado", "half", 1, Map.of("bread", List.of("sourdough")), ""),
            new LineRequest("caprese", "whole", 1, Map.of("bread", List.of("baguette"), "warm-up", List.of("warmed")), ""),
            new LineRequest("teriyaki-bowl", null, 1, Map.of("protein", List.of("tofu")), "no sesame"),
            new LineRequest("croissant", null, 2, Map.of(), ""),
            new LineRequest("blueberry-muffin", null, 1, Map.of(), ""),
            new LineRequest("chocolate-chip-cookie", null, 3, Map.of(), ""),
            new LineRequest("drip-coffee", "small", 1, Map.of("milk", List.of("whole-milk")), ""),
            new LineRequest("latte", "large", 1, Map.of("milk", List.of("oat-milk"), "coffee-extras", List.of("vanilla")), ""),
            new LineRequest("iced-green-tea", "large", 1, Map.of(), ""),
            new LineRequest("lemonade", null, 2, Map.of(), ""));

    /** Test cards the emulator approves; a cashier tries the declining one now and then, then takes cash. */
    static final String VISA = "4242424242424242";
    static final String MASTERCARD = "5555555555554444";
    static final String DECLINED = "4000000000000002";

    enum Tender { CASH, CARD, SPLIT }

    private static final List<String> NAMES = List.of("Ada Byron", "Alan Turing", "Grace Hopper", "Edsger Dijkstra",
            "Barbara Liskov", "Donald Knuth", "Frances Allen", "Ken Thompson", "Margaret Hamilton", "Niklaus Wirth");

    /** A customer who enrolls at the counter before ordering: name and a synthetic palm template. */
    record Enrollment(String name, byte[] palm) {
    }

    /**
     * One order to ring up. {@code customer} indexes the known customers; {@code declineFirst}: try a bad card first;
     * {@code enrollment}: the customer enrolls first and the order is theirs.
     */
    record Plan(ServiceMode mode, String label, List<LineRequest> lines, Optional<Integer> customer, Tender tender,
                String cardPan, long tipMinor, boolean declineFirst, Optional<Enrollment> enrollment) {
    }

    /** About one order in this many starts with the customer enrolling at the counter. */
    static final int ENROLL_ONE_IN = 15;

    private final SplittableRandom random;
    private final boolean enrollments;

    OrderScript(long seed) {
        this(seed, true);
    }

    /**
     * @param enrollments false: no order starts with an enrollment (the soak runs the real terminal, whose gallery
     *     would refuse the simulator's opaque palm bytes)
     */
    OrderScript(long seed, boolean enrollments) {
        this.random = new SplittableRandom(seed);
        this.enrollments = enrollments;
    }

    Plan next(int knownCustomers) {
        ServiceMode mode = random.nextInt(3) == 0 ? ServiceMode.DINE_IN : ServiceMode.TAKEOUT;
        String label = mode == ServiceMode.DINE_IN ? "T" + (1 + random.nextInt(20)) : "";
        int count = 1 + random.nextInt(4);
        List<LineRequest> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lines.add(PICKS.get(random.nextInt(PICKS.size())));
        }
        Optional<Integer> customer = knownCustomers > 0 && random.nextInt(3) == 0
                ? Optional.of(random.nextInt(knownCustomers)) : Optional.empty();
        int roll = random.nextInt(100);
        Tender tender = roll < 45 ? Tender.CASH : roll < 85 ? Tender.CARD : Tender.SPLIT;
        String pan = random.nextBoolean() ? VISA : MASTERCARD;
        long tip = tender == Tender.CASH || random.nextInt(3) > 0 ? 0 : 50L * (1 + random.nextInt(6));
        boolean declineFirst = tender == Tender.CARD && random.nextInt(20) == 0;
        Optional<Enrollment> enrollment = Optional.empty();
        if (random.nextInt(ENROLL_ONE_IN) == 0 && enrollments) {
            byte[] palm = new byte[64]; // opaque to pos and cloud; no matcher runs in the simulation
            for (int i = 0; i < palm.length; i++) {
                palm[i] = (byte) random.nextInt(256);
            }
            enrollment = Optional.of(new Enrollment(NAMES.get(random.nextInt(NAMES.size())), palm));
        }
        return new Plan(mode, label, List.copyOf(lines), customer, tender, pan, tip, declineFirst, enrollment);
    }
}
