package com.palmpos.pos.menu.internal;

import com.palmpos.pos.menu.ModifierGroup;
import com.palmpos.pos.menu.ModifierOption;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** Validates modifier groups: min/max bounds against the number of options. */
final class GroupBuilder {
    private final Problems problems;
    private final Currency currency;

    GroupBuilder(Problems problems, Currency currency) {
        this.problems = problems;
        this.currency = currency;
    }

    List<ModifierGroup> build(List<MenuJson.GroupJson> groups) {
        List<ModifierGroup> out = new ArrayList<>();
        List<MenuJson.GroupJson> list = MenuBuilder.nonNull(groups);
        for (int i = 0; i < list.size(); i++) {
            MenuJson.GroupJson g = list.get(i);
            String where = "modifier group '" + g.id() + "' (modifierGroups[" + i + "])";
            problems.requireId(where, g.id());
            problems.requireText(where, "name", g.name());
            List<ModifierOption> options = MenuBuilder.options(problems, where, g.options(), currency);
            int min = g.min() == null ? 0 : g.min();
            int max = g.max() == null ? options.size() : g.max();
            if (options.isEmpty()) {
                problems.add(where, "options: a group needs at least one option");
            }
            if (min < 0 || max < 1 || min > max || max > options.size()) {
                problems.add(where, "min/max " + min + "/" + max + " must satisfy 0 <= min <= max, 1 <= max <= "
                        + options.size() + " (the number of options)");
            }
            out.add(new ModifierGroup(g.id(), g.name(), min, max, options));
        }
        return out;
    }
}
