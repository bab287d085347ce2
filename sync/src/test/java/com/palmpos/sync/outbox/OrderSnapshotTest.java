package com.palmpos.sync.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palmpos.sync.api.OrderUpload;
import org.junit.jupiter.api.Test;

class OrderSnapshotTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A paid order: two lattes discounted to 9.99 (does not divide by 2), one offline card tender later declined. */
    private static ObjectNode snapshot(String status) throws Exception {
        return (ObjectNode) JSON.readTree("""
                {"schema":"palmpos.order.v1","event":"order.payment_due","orderId":"o1","revision":9,
                 "storeId":"demo-store","terminalId":"t1","status":"%s","customerId":null,"currency":"USD",
                 "openedAt":"2026-11-25T12:00:00Z","paymentDue":true,
                 "lines":[{"lineId":"l1","itemId":"latte","name":"Latte","size":"Large","quantity":2,"totalMinor":999},
                          {"lineId":"l2","itemId":"muffin","name":"Muffin","size":null,"quantity":1,"totalMinor":315}],
                 "totals":{"totalMinor":1314,"exclusiveTaxMinor":89,"inclusiveTaxMinor":0,"tipMinor":0,
                           "refundedMinor":0,"balanceDueMinor":1000},
                 "tenders":[{"paymentId":"p1","type":"CASH","status":"APPROVED","amountMinor":314},
                            {"paymentId":"p2","type":"CARD","status":"DECLINED","amountMinor":1000,"token":"tok"}],
                 "loyalty":{"pointsEarned":0,"pointsRedeemed":0}}""".formatted(status));
    }

    @Test
    void sendsALineThatDoesNotDivideEvenlyAsOneUnitOfItsTotal() throws Exception {
        OrderUpload upload = OrderSnapshot.toUpload(snapshot("COMPLETED")).orElseThrow();

        assertThat(upload.lines().get(0).name()).isEqualTo("2 x Latte (Large)");
        assertThat(upload.lines().get(0).totalMinor()).isEqualTo(999);
        assertThat(upload.lines().get(1).quantity()).isEqualTo(1);
        assertThat(upload.subtotalMinor()).isEqualTo(upload.totalMinor()).isEqualTo(1314);
    }

    @Test
    void leavesDeclinedTendersOutAndReportsThePaymentDue() throws Exception {
        OrderUpload upload = OrderSnapshot.toUpload(snapshot("COMPLETED")).orElseThrow();

        assertThat(upload.tenders()).extracting(t -> t.paymentId()).containsExactly("p1");
        assertThat(upload.paymentDueMinor()).isEqualTo(1000);
        assertThat(upload.revision()).isEqualTo(9L);
    }

    @Test
    void uploadsNothingForAnOrderInProgress() throws Exception {
        assertThat(OrderSnapshot.toUpload(snapshot("SENT"))).isEmpty();
        assertThat(OrderSnapshot.toUpload(snapshot("OPEN"))).isEmpty();
    }

    @Test
    void refusesASnapshotOfAnotherSchema() throws Exception {
        JsonNode other = snapshot("PAID").put("schema", "palmpos.order.v2");

        assertThatThrownBy(() -> OrderSnapshot.toUpload(other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("palmpos.order.v2").hasMessageContaining("palmpos.order.v1");
    }

    @Test
    void namesTheMissingField() throws Exception {
        ObjectNode broken = snapshot("PAID");
        broken.remove("totals");

        assertThatThrownBy(() -> OrderSnapshot.toUpload(broken)).hasMessageContaining("'totals'");
    }
}
