package com.palmpos.pos.menu;

/** What an item is suitable for; shown as badges and matched against a customer's dietary preferences. */
public enum DietaryTag {
    VEGETARIAN, VEGAN, GLUTEN_FREE, DAIRY_FREE, NUT_FREE, HALAL, SPICY
}
