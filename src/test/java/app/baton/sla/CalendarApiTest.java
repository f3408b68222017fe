package app.baton.sla;

import static app.baton.support.Api.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import app.baton.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CalendarApiTest {

    static final Map<String, Object> OFFICE_HOURS = Map.of(
            "MONDAY", List.of(List.of("09:00", "12:00"), List.of("13:00", "17:00")),
            "FRIDAY", List.of(List.of("09:00", "15:00")));

    static ValidatableResponse create(Map<String, Object> hours, String zone) {
        return asAdmin().body(Map.of("name", "Office " + Api.unique(), "timeZone", zone, "hours", hours,
                "holidays", List.of("2026-12-24", "2026-12-25"))).post("/api/calendars").then();
    }

    @Test
    void createReadPatchAndList() {
        int id = create(OFFICE_HOURS, "Europe/Vilnius").statusCode(201)
                .header("Location", containsString("/api/calendars/"))
                .body("timeZone", equalTo("Europe/Vilnius"))
                .body("hours.MONDAY[1][0]", equalTo("13:00"))
                .body("hours.TUESDAY", org.hamcrest.Matchers.nullValue())
                .body("holidays", equalTo(List.of("2026-12-24", "2026-12-25")))
                .extract().path("id");
        int version = asAdmin().get("/api/calendars/" + id).then().statusCode(200)
                .body("hours.FRIDAY[0]", equalTo(List.of("09:00", "15:00"))).extract().path("version");

        asAdmin().body(Map.of("version", version, "timeZone", "Europe/Riga",
                        "hours", Map.of("SATURDAY", List.of(List.of("00:00", "24:00"))), "holidays", List.of()))
                .patch("/api/calendars/" + id).then().statusCode(200)
                .body("version", equalTo(version + 1))
                .body("timeZone", equalTo("Europe/Riga"))
                .body("hours.keySet()", equalTo(java.util.Set.of("SATURDAY")))
                .body("hours.SATURDAY[0]", equalTo(List.of("00:00", "24:00")))
                .body("holidays.size()", equalTo(0));
        asAdmin().body(Map.of("version", version, "name", "Stale")).patch("/api/calendars/" + id)
                .then().statusCode(409).body("detail", containsString("changed by someone else"));
        asAdmin().get("/api/calendars").then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void invalidCalendarsAreFieldErrors() {
        create(OFFICE_HOURS, "Mars/Olympus").statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItem("timeZone"));
        create(Map.of("MONDAY", List.of(List.of("9am", "17:00"))), "Europe/Vilnius").statusCode(400)
                .body("errors.field", hasItem("hours.MONDAY[0]"));
        create(Map.of("MONDAY", List.of(List.of("17:00", "09:00"))), "Europe/Vilnius").statusCode(400)
                .body("errors.field", hasItem("hours.MONDAY[0]"));
        create(Map.of("MONDAY", List.of(List.of("09:00", "13:00"), List.of("12:00", "17:00"))), "Europe/Vilnius")
                .statusCode(400).body("errors.field", hasItem("hours.MONDAY"));
        create(Map.of("MONDAY", List.of(), "FUNDAY", List.of(List.of("09:00", "10:00"))), "Europe/Vilnius")
                .statusCode(400).body("errors.field", hasItems("hours.FUNDAY"));
        create(Map.of("MONDAY", List.of()), "Europe/Vilnius").statusCode(400).body("errors.field", hasItem("hours"));
        create(Map.of("MONDAY", List.of(List.of("25:00", "26:00"))), "Mars/Olympus").statusCode(400)
                .body("errors.field", hasItems("timeZone", "hours.MONDAY[0]"));
    }

    @Test
    void unknownCalendarIs404() {
        asAdmin().get("/api/calendars/999999999").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        asAdmin().body(Map.of("name", "Nobody")).patch("/api/calendars/999999999").then().statusCode(404);
    }

    @Test
    void aDepartmentMustNameAnExistingCalendar() {
        String code = Api.departmentCode();
        asAdmin().body(Map.of("code", code, "name", "Calendar-less " + code, "calendar", 999999999))
                .post("/api/departments").then().statusCode(400).body("errors.field", hasItem("calendar"));
        int calendar = create(OFFICE_HOURS, "Europe/Vilnius").statusCode(201).extract().path("id");
        asAdmin().body(Map.of("code", code, "name", "With calendar " + code, "calendar", calendar))
                .post("/api/departments").then().statusCode(201).body("calendar", equalTo(calendar));
        asAdmin().body(Map.of("calendar", 999999999)).patch("/api/departments/" + code)
                .then().statusCode(400).body("errors.field", hasItem("calendar"));
    }
}
