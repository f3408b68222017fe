package app.baton.notification;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import app.baton.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Administrators find one person's or one address's mail in the outbox, a page at a time. */
@QuarkusTest
class OutboxListTest {

    static final String OUTBOX = "/api/notifications/outbox";

    @Test
    void filtersByRecipientAddressAndStatus() {
        MailWorld w = new MailWorld();
        String key = w.create("Replace the window");

        Api.asAdmin().get(OUTBOX + "?recipient=" + w.lina.id()).then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.recipient", everyItem(equalTo((int) w.lina.id())))
                .body("items.ticket", hasItem(key));
        // a department's own address belongs to nobody: found by the address, in any case
        Api.asAdmin().get(OUTBOX + "?email=" + w.receivingEmail.toUpperCase()).then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].email", equalTo(w.receivingEmail))
                .body("items[0].recipient", nullValue());
        Api.asAdmin().get(OUTBOX + "?status=PENDING&recipient=" + w.sam.id()).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].email", equalTo(w.sam.email()));
        Api.asAdmin().get(OUTBOX + "?status=SENT&recipient=" + w.sam.id()).then().statusCode(200)
                .body("total", equalTo(0)).body("items", empty());

        Api.asAdmin().get(OUTBOX + "?recipient=lina").then().statusCode(400)
                .body("errors.field", hasItem("recipient"));
        w.sam.api().get(OUTBOX + "?recipient=" + w.sam.id()).then().statusCode(403);
    }

    @Test
    void pagesAreCappedAsEveryList() {
        MailWorld w = new MailWorld();
        w.create("Oil the hinges");
        Api.asAdmin().get(OUTBOX + "?size=200").then().statusCode(200).body("size", equalTo(200));
        Api.asAdmin().get(OUTBOX + "?size=201").then().statusCode(400).body("errors.field", hasItem("size"));
        Api.asAdmin().get(OUTBOX + "?size=0").then().statusCode(400).body("errors.field", hasItem("size"));
        Api.asAdmin().get(OUTBOX + "?page=-1").then().statusCode(400).body("errors.field", hasItem("page"));
        // so large that page times size would overflow
        Api.asAdmin().get(OUTBOX + "?page=2000000000&size=200").then().statusCode(400)
                .body("errors.field", hasItem("page"));
        Api.asAdmin().get(OUTBOX + "?recipient=" + w.lina.id() + "&page=5").then().statusCode(200)
                .body("items", empty()).body("total", equalTo(1)).body("page", equalTo(5));
    }
}
