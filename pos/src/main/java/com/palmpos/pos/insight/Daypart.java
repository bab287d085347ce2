package com.palmpos.pos.insight;

/** The parts of a trading day that habits and best sellers are kept for; boundaries live in {@link DaypartSchedule}. */
public enum Daypart {
    BREAKFAST("in the morning", "at breakfast"),
    LUNCH("at lunch", "at lunch"),
    AFTERNOON("in the afternoon", "in the afternoon"),
    DINNER("in the evening", "at dinner");

    private final String habitPhrase;
    private final String popularPhrase;

    Daypart(String habitPhrase, String popularPhrase) {
        this.habitPhrase = habitPhrase;
        this.popularPhrase = popularPhrase;
    }

    /** English phrase for "you often order this ...", e.g. "in the morning". */
    public String habitPhrase() {
        return habitPhrase;
    }

    /** English phrase for "popular ...", e.g. "at lunch". */
    public String popularPhrase() {
        return popularPhrase;
    }
}
