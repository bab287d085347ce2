package com.palmpos.pos.report;

import com.palmpos.pos.PosSettings;
import com.palmpos.pos.menu.Category;
import com.palmpos.pos.menu.Menu;
import com.palmpos.pos.money.Money;
import com.palmpos.pos.order.LineAmounts;
import com.palmpos.pos.order.Order;
import com.palmpos.pos.order.OrderLine;
import com.palmpos.pos.order.OrderStatus;
import com.palmpos.pos.order.Redemption;
import com.palmpos.pos.order.Refund;
import com.palmpos.pos.order.Tender;
import com.palmpos.pos.order.TenderType;
import com.palmpos.pos.order.OrderQueries;
import com.palmpos.pos.store.Database;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Builds the end-of-day report from the stored orders. Reads every order of the day (a few thousand at most):
 * tens of milliseconds; call it off the FX thread. Thread-safe.
 */
public final class ReportService {
    private static final Instant FAR_FUTURE = Instant.parse("9999-12-31T00:00:00Z");
    private final Database database;
    private final PosSettings settings;
    private final Supplier<Menu> menu;
    private final OrderQueries orders = new OrderQueries();

    public ReportService(Database database, PosSettings settings, Menu menu) {
        this(database, settings, () -> menu);
    }

    /** @param menu the menu in force when a report is built (category names), e.g. {@code MenuService::menu} */
    public ReportService(Database database, PosSettings settings, Supplier<Menu> menu) {
        this.database = database;
        this.settings = settings;
        this.menu = menu;
    }

    public EndOfDayReport endOfDay(LocalDate day) {
        Instant start = day.atStartOfDay(settings.zone()).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(settings.zone()).toInstant();
        List<Order> ofDay = database.inTransaction(c -> orders.byBusinessDate(c, day));
        // a refund may happen days after the sale; any order refunded today was updated today or later
        List<Order> touched = database.inTransaction(c -> orders.updatedBetween(c, start, FAR_FUTURE));
        Currency cur = menu.get().currency();
        Money zero = Money.zero(cur);
        Figures f = new Figures(zero);
        for (Order o : ofDay) {
            if (o.status() == OrderStatus.VOIDED) {
                f.voidCount++;
                f.voids = f.voids.plus(o.totals().total());
            } else if (o.status() == OrderStatus.PAID || o.status() == OrderStatus.COMPLETED) {
                f.add(o, this::categoryName);
            }
        }
        for (Order o : touched) {
            for (Refund r : o.refunds()) {
                if (!r.at().isBefore(start) && r.at().isBefore(end)) {
                    f.refundCount++;
                    f.refunds = f.refunds.plus(r.amount());
                }
            }
        }
        Map<String, Money> byCategory = new LinkedHashMap<>();
        for (Category category : menu.get().categories()) {
            Money sales = f.byCategory.remove(category.name());
            if (sales != null) {
                byCategory.put(category.name(), sales);
            }
        }
        byCategory.putAll(f.byCategory);
        return new EndOfDayReport(day, settings.storeId(), f.orders, f.gross, f.discounts, f.gross.minus(f.discounts),
                byCategory, f.byTender, f.taxes, f.tips, f.refundCount, f.refunds, f.voidCount, f.voids, f.redemptions,
                f.pointsRedeemed, f.loyaltyDiscounts, f.dueCount, f.due);
    }

    private String categoryName(String categoryId) {
        return menu.get().category(categoryId).map(Category::name).orElse(categoryId);
    }

    /** Running sums while the day's orders are read. */
    private static final class Figures {
        int orders;
        int refundCount;
        int voidCount;
        int redemptions;
        int dueCount;
        long pointsRedeemed;
        Money gross;
        Money discounts;
        Money tips;
        Money refunds;
        Money voids;
        Money loyaltyDiscounts;
        Money due;
        final Map<String, Money> byCategory = new LinkedHashMap<>();
        final Map<TenderType, Money> byTender = new EnumMap<>(TenderType.class);
        final Map<String, Money> taxes = new TreeMap<>();

        Figures(Money zero) {
            gross = discounts = tips = refunds = voids = loyaltyDiscounts = due = zero;
        }

        void add(Order o, java.util.function.Function<String, String> categoryName) {
            orders++;
            gross = gross.plus(o.totals().subtotal());
            discounts = discounts.plus(o.totals().discounts());
            tips = tips.plus(o.tips());
            o.totals().taxByRate().forEach((code, tax) -> taxes.merge(code, tax, Money::plus));
            for (OrderLine line : o.lines()) {
                LineAmounts a = o.totals().line(line.lineId()).orElseThrow();
                byCategory.merge(categoryName.apply(line.categoryId()), a.net(), Money::plus);
            }
            for (Tender t : o.tenders()) {
                if (t.status().counts()) {
                    byTender.merge(t.type(), t.amount(), Money::plus);
                }
            }
            for (Redemption r : o.redemptions()) {
                redemptions++;
                pointsRedeemed += r.points();
                loyaltyDiscounts = loyaltyDiscounts.plus(r.value());
            }
            if (o.paymentDue()) {
                dueCount++;
                due = due.plus(o.balanceDue());
            }
        }
    }
}
