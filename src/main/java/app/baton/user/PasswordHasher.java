package app.baton.user;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.spec.InvalidKeySpecException;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

/** bcrypt, as Quarkus's own security extensions store passwords. */
@ApplicationScoped
public class PasswordHasher {

    public static final int MIN_LENGTH = 12;

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, 10);
    }

    public boolean matches(String password, String hash) {
        if (password == null || hash == null) {
            return false;
        }
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT);
            Password stored = factory.translate(ModularCrypt.decode(hash));
            return factory.verify(stored, password.toCharArray());
        } catch (InvalidKeySpecException | java.security.NoSuchAlgorithmException
                | java.security.InvalidKeyException e) {
            return false;
        }
    }
}
