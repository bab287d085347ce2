package com.palmpos.pos.menu;

/** The fourteen allergens that EU/UK law requires a food business to declare. */
public enum Allergen {
    GLUTEN, CRUSTACEANS, EGGS, FISH, PEANUTS, SOY, MILK, TREE_NUTS, CELERY, MUSTARD, SESAME, SULPHITES, LUPIN, MOLLUSCS
}
