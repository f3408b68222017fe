package app.baton.attachment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import app.baton.support.Api;
import app.baton.support.Api.Person;
import app.baton.support.PageSession;
import app.baton.support.TestClients;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Files on a request through the API (the test profile's limit is 100 KB) and through the request page. */
@QuarkusTest
class AttachmentApiTest {

    Person requester;
    String key;

    @BeforeEach
    void ticket() {
        String receiving = Api.createDepartment("Service");
        long type = Api.createRequestType(receiving, "Repair");
        requester = Api.createUser("Rita Files", Api.createDepartment("Sales"));
        long client = TestClients.createClient("Files client");
        key = requester.api().body(Map.of("type", type, "title", "Broken unit", "client", client))
                .post("/api/tickets").then().statusCode(201).extract().path("key");
    }

    ValidatableResponse upload(String fileName, String contentType, byte[] bytes) {
        return given().header("Authorization", "Bearer " + requester.token())
                .multiPart("file", fileName, bytes, contentType)
                .post("/api/tickets/" + key + "/attachments").then();
    }

    @Test
    void anUploadedFileComesBackByteForByteAsADownloadAndIsOnTheHistory() throws Exception {
        byte[] photo = new byte[50_000];
        new Random(7).nextBytes(photo);
        photo[0] = (byte) 0x89;
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo));
        int id = upload("unit photo.png", "image/png", photo).statusCode(201)
                .header("Location", containsString("/api/tickets/" + key + "/attachments/"))
                .body("fileName", equalTo("unit photo.png")).body("contentType", equalTo("image/png"))
                .body("size", equalTo(50_000)).body("sha256", equalTo(sha))
                .body("uploadedBy", equalTo((int) requester.id()))
                .extract().path("id");

        byte[] back = given().header("Authorization", "Bearer " + requester.token())
                .get("/api/tickets/" + key + "/attachments/" + id).then().statusCode(200)
                .contentType(containsString("image/png"))
                .header("Content-Disposition", containsString("attachment;"))
                .header("Content-Disposition", containsString("filename*=UTF-8''unit%20photo.png"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .extract().asByteArray();
        assertArrayEquals(photo, back);

        requester.api().get("/api/tickets/" + key).then().body("events.kind", hasItem("ATTACHED"));
        requester.api().get("/api/tickets/" + key + "/attachments").then().statusCode(200)
                .body("[0].id", equalTo(id)).body("[0].size", equalTo(50_000));
    }

    @Test
    void aFileOverTheLimitIs413ProblemJson() {
        upload("huge.pdf", "application/pdf", new byte[100 * 1024 + 1]).statusCode(413)
                .contentType(containsString("application/problem+json")).body("status", equalTo(413))
                .body("errors[0].field", equalTo("file"));
        requester.api().get("/api/tickets/" + key + "/attachments").then().body("size()", equalTo(0));
    }

    @Test
    void programsAndUnknownTypesAreRefusedWith415() {
        upload("setup.exe", "application/x-msdownload", "MZ fake".getBytes(StandardCharsets.US_ASCII))
                .statusCode(415).contentType(containsString("application/problem+json"))
                .body("errors[0].field", equalTo("file"));
        // disguised as a PDF: the name gives it away
        upload("invoice.pdf.exe", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)).statusCode(415);
        // disguised by name and type: the first bytes give it away
        upload("photo.png", "image/png", "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)).statusCode(415);
        upload("page.html", "text/html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)).statusCode(415);
        upload("empty.txt", "text/plain", new byte[0]).statusCode(400).body("errors[0].field", equalTo("file"));
        requester.api().get("/api/tickets/" + key + "/attachments").then().body("size()", equalTo(0));
    }

    @Test
    void anUnknownTicketOrAttachmentIs404() {
        given().header("Authorization", "Bearer " + requester.token())
                .multiPart("file", "a.txt", "hello".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/tickets/NOPE-999999/attachments").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        requester.api().get("/api/tickets/" + key + "/attachments/999999999").then().statusCode(404);
        given().multiPart("file", "a.txt", "hello".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/tickets/" + key + "/attachments").then().statusCode(401);
    }

    @Test
    void theRequestPageAttachesAFileAndListsItWithSizeAndUploader() {
        PageSession page = PageSession.signIn(requester.email(), Api.PASSWORD);
        String token = page.csrfToken("/tickets/" + key);
        page.request().multiPart("csrf-token", token).multiPart("file", "notes.txt",
                        "measured 21 degrees".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/tickets/" + key + "/attachments").then().statusCode(303)
                .header("Location", containsString("/tickets/" + key));
        page.get("/tickets/" + key).then().statusCode(200)
                .body(containsString(">notes.txt</a>"))
                .body(containsString("1 KB · Rita Files"))
                .body(containsString("attached a file"));

        page.request().multiPart("csrf-token", page.csrfToken("/tickets/" + key))
                .multiPart("file", "run.sh", "#!/bin/sh\nrm -rf /".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/tickets/" + key + "/attachments").then().statusCode(400)
                .body(containsString("id=\"attach-file-error\""));

        // a forged form without the token attaches nothing
        page.request().multiPart("file", "forged.txt", "x".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/tickets/" + key + "/attachments").then().statusCode(400);
        requester.api().get("/api/tickets/" + key + "/attachments").then().body("size()", equalTo(1));
    }
}
