package com.palmpos.pos.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palmpos.pos.money.Money;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MenuLoaderTest {
    private final MenuLoader loader = new MenuLoader();

    static String menu(String items) {
        return """
            {"formatVersion": 1, "name": "Test", "currency": "USD",
             "taxes": {"food": [{"code": "vat", "percent": "10", "inclusive": true}]},
             "categories": [{"id": "soups", "name": "Soups", "icon": "S"}],
             "modifierGroups": [{"id": "side", "name": "Side", "min": 0, "max": 1, "options": [{"id": "bread", "name": "Bread"}]}],
             "items": [%s]}
            """.formatted(items);
    }

    private Menu load(String json) throws Exception {
        return loader.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    @Test
    void loadsTheDemoMenuWithEveryCategoryFilled() {
        Menu demo = loader.loadDemo();
        assertThat(demo.categories()).extracting(Category::id)
                .contains("soups", "salads", "sandwiches", "bowls", "bakery", "drinks");
        demo.categories().forEach(c -> assertThat(demo.itemsIn(c.id()).size() + demo.combos().size()).isPositive());
        assertThat(demo.items()).allSatisfy(i -> assertThat(i.icon()).isNotBlank());
        assertThat(demo.item("croissant").orElseThrow().allergens()).contains(Allergen.GLUTEN, Allergen.MILK);
    }

    @Test
    void appliesAStorePriceOverride() {
        Menu demo = loader.loadDemo();
        MenuItem latte = demo.item("latte").orElseThrow();
        Size small = latte.size("small").orElseThrow();
        assertThat(demo.priceAt("store-airport", latte, small)).isEqualTo(Money.parse("4.95", demo.currency()));
        assertThat(demo.priceAt("store-main", latte, small)).isEqualTo(Money.parse("4.25", demo.currency()));
    }

    @Test
    void namesTheItemAndFieldOfABadPrice() {
        assertThatThrownBy(() -> load(menu("""
                {"id": "tomato", "name": "Tomato", "category": "soups", "icon": "T", "price": "6.505", "taxClass": "food"}""")))
                .isInstanceOf(MenuFormatException.class)
                .hasMessageContaining("item 'tomato' (items[0]) price")
                .hasMessageContaining("more than 2 decimals");
    }

    @Test
    void namesAnUnknownCategoryAndModifierGroup() {
        assertThatThrownBy(() -> load(menu("""
                {"id": "tomato", "name": "Tomato", "category": "soup", "icon": "T", "price": "6.50", "taxClass": "food",
                 "modifierGroups": ["sides"]}""")))
                .hasMessageContaining("category 'soup' is not a category")
                .hasMessageContaining("'sides' is not a modifier group");
    }

    @Test
    void namesTheFieldOfAMisspelledProperty() {
        assertThatThrownBy(() -> load(menu("""
                {"id": "tomato", "name": "Tomato", "category": "soups", "icon": "T", "prise": "6.50", "taxClass": "food"}""")))
                .hasMessageContaining("unknown field 'prise' at items[0]");
    }

    @Test
    void rejectsAnUnknownAllergen() {
        assertThatThrownBy(() -> load(menu("""
                {"id": "tomato", "name": "Tomato", "category": "soups", "icon": "T", "price": "6.50", "taxClass": "food",
                 "allergens": ["peanut"]}""")))
                .hasMessageContaining("item 'tomato' (items[0]) allergens: 'peanut' is not one of");
    }

    @Test
    void rejectsAnItemWithBothPriceAndSizes() {
        assertThatThrownBy(() -> load(menu("""
                {"id": "tomato", "name": "Tomato", "category": "soups", "icon": "T", "price": "6.50", "taxClass": "food",
                 "sizes": [{"id": "cup", "price": "4.00"}]}""")))
                .hasMessageContaining("give either a price or sizes with prices, not both");
    }

    @Test
    void rejectsMalformedJsonWithItsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("menu.json");
        Files.writeString(file, "{\"formatVersion\": 1,\n \"name\": ");
        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(MenuFormatException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("line 2");
    }

    @Test
    void rejectsDuplicateIds() {
        String item = """
                {"id": "tomato", "name": "Tomato", "category": "soups", "icon": "T", "price": "6.50", "taxClass": "food"}""";
        assertThatThrownBy(() -> load(menu(item + "," + item))).hasMessageContaining("item 'tomato' id is used twice");
    }
}
