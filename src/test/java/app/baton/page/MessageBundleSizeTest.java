package app.baton.page;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.baton.notification.MailMessages;
import io.quarkus.test.junit.QuarkusTest;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every page and mail text is looked up through a resolver Quarkus generates for each message
 * bundle and language: one method compares the name asked for with each key in turn. HotSpot
 * never compiles a method of more than 8,000 bytes of bytecode, so a bundle that grows past about
 * 200 keys is interpreted on every {@code {msg:...}} of every page (it was 15% of the queue page's
 * CPU at 343 keys). When this fails, move an area's texts into a bundle of its own, as
 * {@link QueueMsg} or {@link ClientMsg} did.
 */
@QuarkusTest
class MessageBundleSizeTest {

    /** HotSpot's limit (-XX:+DontCompileHugeMethods, on by default). */
    static final int HUGE_METHOD = 8_000;

    @Test
    void everyGeneratedResolverStaysSmallEnoughForTheJitToCompile() throws IOException {
        List<Class<?>> bundles = List.of(Msg.class, ClientMsg.class, AdminMsg.class, ReportMsg.class, LoginMsg.class,
                MeMsg.class, QueueMsg.class, MailMessages.class);
        int checked = 0;
        for (Class<?> bundle : bundles) {
            for (String language : List.of("", "_lt", "_lv", "_ru")) {
                String generated = bundle.getName() + language + "_Bundle";
                Map<String, Integer> sizes = methodSizes(generated);
                for (Map.Entry<String, Integer> method : sizes.entrySet()) {
                    assertTrue(method.getValue() <= HUGE_METHOD, generated + "." + method.getKey() + " has "
                            + method.getValue() + " bytes of bytecode: HotSpot will not compile it; split the bundle");
                }
                checked++;
            }
        }
        assertTrue(checked == bundles.size() * 4);
    }

    /** The bytecode length of each method of a class, read from its class file. */
    private static Map<String, Integer> methodSizes(String className) throws IOException {
        InputStream bytes = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream(className.replace('.', '/') + ".class");
        assertNotNull(bytes, "no generated class " + className);
        try (DataInputStream in = new DataInputStream(bytes)) {
            in.readInt(); // magic
            in.readUnsignedShort(); // minor
            in.readUnsignedShort(); // major
            int constants = in.readUnsignedShort();
            String[] utf8 = new String[constants];
            for (int i = 1; i < constants; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                    case 5, 6 -> {
                        in.skipBytes(8);
                        i++; // a long or double takes two slots
                    }
                    case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                    case 15 -> in.skipBytes(3);
                    default -> throw new IOException("unknown constant tag " + tag + " in " + className);
                }
            }
            in.skipBytes(6); // access flags, this class, super class
            in.skipBytes(2 * in.readUnsignedShort()); // interfaces
            int fields = in.readUnsignedShort();
            for (int i = 0; i < fields; i++) {
                in.skipBytes(6);
                skipAttributes(in);
            }
            Map<String, Integer> sizes = new LinkedHashMap<>();
            int methods = in.readUnsignedShort();
            for (int i = 0; i < methods; i++) {
                in.skipBytes(2);
                String name = utf8[in.readUnsignedShort()];
                in.skipBytes(2);
                int attributes = in.readUnsignedShort();
                for (int a = 0; a < attributes; a++) {
                    String attribute = utf8[in.readUnsignedShort()];
                    int length = in.readInt();
                    if (attribute.equals("Code")) {
                        in.skipBytes(4); // max stack, max locals
                        int code = in.readInt();
                        sizes.merge(name, code, Math::max);
                        in.skipBytes(length - 8);
                    } else {
                        in.skipBytes(length);
                    }
                }
            }
            return sizes;
        }
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
            in.skipBytes(2);
            in.skipBytes(in.readInt());
        }
    }
}
