package app.baton.page;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import app.baton.support.Api;
import app.baton.support.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** An administrator sets up a request type with its SLA targets in the browser; requesters then see it offered. */
@QuarkusTest
class AdminTypesBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aTypeCreatedOnTheAdminPageIsOfferedOnTheNewRequestPage() {
        String department = Api.createDepartment("Install");
        String name = "Installation " + Api.unique();
        try (Browser admin = Browser.open(base)) {
            admin.signIn(Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
            admin.find(By.cssSelector("nav a[href='/admin']")).click();
            admin.waitFor(By.cssSelector("a[href='/admin/types']")).click();
            admin.waitFor(By.cssSelector("a[href='/admin/types/new']")).click();
            admin.waitFor(By.id("t-name"));
            admin.type("t-name", name);
            admin.selectContaining("t-department", department);
            admin.select("t-priority", "High");
            admin.type("t-warn", "80");
            admin.type("t-ack-HIGH", "30");
            admin.type("t-resolve-HIGH", "240");
            admin.type("t-ack-NORMAL", "120");
            admin.type("t-resolve-NORMAL", "960");
            admin.screenshot("admin-type-form");
            admin.find(By.cssSelector("form[action='/admin/types/new'] button[type=submit]")).click();

            admin.waitFor(By.cssSelector("p.notice"));
            assertThat(admin.text(By.cssSelector("p.notice")), containsString(name));
            assertThat(admin.path(), equalTo("/admin/types"));
            assertThat(admin.text(By.cssSelector("table.admin-table")), containsString("High: 30 / 240"));
            admin.screenshot("admin-type-saved");

            admin.go("/tickets/new");
            admin.waitFor(By.id("type"));
            admin.selectContaining("type", name);
            admin.waitForText(By.id("type-info"), department);
            admin.screenshot("admin-type-offered");
        }
        Api.asAdmin().get("/api/request-types?size=200").then().statusCode(200)
                .body("items.find { it.name == '" + name + "' }.sla.HIGH.ackMinutes", equalTo(30))
                .body("items.find { it.name == '" + name + "' }.warnPercent", equalTo(80))
                .body("items.find { it.name == '" + name + "' }.defaultPriority", equalTo("HIGH"));
    }
}
