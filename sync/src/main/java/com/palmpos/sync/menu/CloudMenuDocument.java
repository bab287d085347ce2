package com.palmpos.sync.menu;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palmpos.sync.api.Menu;
import com.palmpos.sync.api.MenuCategory;
import com.palmpos.sync.api.MenuItem;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * Turns the cloud's menu into a PalmPOS menu document (the format {@code MenuLoader} reads): the full document when
 * the cloud sends one, else a plain menu built from the categories (tax-included prices, items the cloud marks
 * unavailable left out). Stateless; checks only what the loader cannot (the currencies agree).
 */
final class CloudMenuDocument {
    /** Tax class of a plain menu: the cloud's prices already include tax, so it has no rates. */
    static final String TAX_INCLUDED = "tax-included";
    /** Icon of a plain menu's categories and items (the cloud's plain menus have none): a plate. */
    static final String ICON = "\uD83C\uDF7D";

    private CloudMenuDocument() {
    }

    /**
     * @param name what receipts call a plain menu (the cloud's plain menus have no name)
     * @throws IllegalArgumentException with the reason, if the menu cannot be turned into a document
     */
    static String of(Menu menu, String name, ObjectMapper json) {
        Currency currency = currency(menu.currency());
        if (menu.document() != null) {
            if (!menu.document().isObject()) {
                throw new IllegalArgumentException("its document is not a JSON object");
            }
            String documentCurrency = menu.document().path("currency").asText("");
            if (!documentCurrency.equals(currency.getCurrencyCode())) {
                throw new IllegalArgumentException("its document is in '" + documentCurrency + "' but the menu says "
                        + currency.getCurrencyCode());
            }
            return menu.document().toString();
        }
        ObjectNode document = json.createObjectNode();
        document.put("formatVersion", 1);
        document.put("name", name);
        document.put("currency", currency.getCurrencyCode());
        document.putObject("taxes").putArray(TAX_INCLUDED);
        ArrayNode categories = document.putArray("categories");
        ArrayNode items = document.putArray("items");
        for (MenuCategory category : menu.categories()) {
            categories.addObject().put("id", category.id()).put("name", category.name()).put("icon", ICON);
            for (MenuItem item : category.items()) {
                if (item.available()) {
                    items.addObject().put("id", item.sku()).put("name", item.name()).put("category", category.id())
                            .put("icon", ICON)
                            .put("price", BigDecimal.valueOf(item.priceMinor(), currency.getDefaultFractionDigits())
                                    .toPlainString())
                            .put("taxClass", TAX_INCLUDED);
                }
            }
        }
        return document.toString();
    }

    private static Currency currency(String code) {
        try {
            return Currency.getInstance(code == null ? "" : code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("its currency '" + code + "' is not an ISO 4217 code", e);
        }
    }
}
