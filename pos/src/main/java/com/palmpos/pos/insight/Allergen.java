package com.palmpos.pos.insight;

/** Allergens a catalogue item can contain and a customer can ask to avoid (the common labelling set). */
public enum Allergen {
    GLUTEN, DAIRY, EGG, NUTS, PEANUTS, SOY, SESAME, FISH, SHELLFISH, CELERY, MUSTARD
}
