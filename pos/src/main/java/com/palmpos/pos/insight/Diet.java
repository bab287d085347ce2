package com.palmpos.pos.insight;

/**
 * Diets a catalogue item can be labelled as suitable for and a customer can follow. An item is suitable for a diet only
 * when it is labelled so: an unlabelled item is treated as unsuitable, because a wrong "yes" at the counter is worse
 * than a missed suggestion.
 */
public enum Diet {
    VEGETARIAN, VEGAN, GLUTEN_FREE
}
