package vn.reformdesk.io.exchange;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Properties;

import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * This unit's signing key (Ed25519, from the JDK), made on first use and kept in the database folder. With a
 * database password the private key is encrypted with it (PBKDF2-SHA256 → AES-GCM), so a copied folder without the
 * password cannot sign packages in the unit's name.
 */
public final class UnitKey {
    public static final String FILE_NAME = "unit-key.properties";
    static final String ALGORITHM = "Ed25519";
    private static final int ITERATIONS = 200_000;

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private UnitKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** Reads the key in {@code folder}, or makes one and stores it (the file appears only when complete). */
    public static synchronized UnitKey loadOrCreate(Path folder, char[] password) {
        Path file = folder.resolve(FILE_NAME);
        try {
            if (Files.isRegularFile(file)) return read(file, password);
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            write(file, pair, password);
            return new UnitKey(pair.getPrivate(), pair.getPublic());
        } catch (IOException e) {
            throw new UnitKeyException("cannot keep this unit's signing key in " + file + ": " + e.getMessage());
        } catch (GeneralSecurityException e) {
            throw new UnitKeyException("cannot make this unit's signing key: " + e.getMessage());
        }
    }

    /** This unit's public key, if one was made already (no key is made here). */
    public static java.util.Optional<PublicKey> existingPublicKey(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) return java.util.Optional.empty();
        try {
            return java.util.Optional.of(publicKey(load(file).getProperty("public_key")));
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    public PublicKey publicKey() { return publicKey; }

    public byte[] sign(byte[] data) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(privateKey);
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new UnitKeyException("cannot sign: " + e.getMessage());
        }
    }

    public static boolean verify(PublicKey key, byte[] data, byte[] signature) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(key);
            s.update(data);
            return s.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * What two officers read to each other over the phone: the first 20 bytes of the SHA-256 of the public key, in
     * ten groups of four hex digits.
     */
    public static String fingerprint(PublicKey key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            String hex = HexFormat.of().withUpperCase().formatHex(hash, 0, 20);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < hex.length(); i += 4) sb.append(i == 0 ? "" : " ").append(hex, i, i + 4);
            return sb.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String encode(PublicKey key) { return Base64.getEncoder().encodeToString(key.getEncoded()); }

    /** Parses a Base64 X.509 Ed25519 public key; IllegalArgumentException when it is not one. */
    public static PublicKey publicKey(String base64) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64.trim())));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("not an Ed25519 public key");
        }
    }

    private static UnitKey read(Path file, char[] password) throws IOException, GeneralSecurityException {
        Properties p = load(file);
        byte[] secret = Base64.getDecoder().decode(p.getProperty("private_key", ""));
        if ("pbkdf2-sha256-aes-gcm".equals(p.getProperty("protection"))) {
            if (password == null) throw new UnitKeyException("this unit's signing key is protected: open the database with its password");
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, password, p);
            try {
                secret = cipher.doFinal(secret);
            } catch (javax.crypto.AEADBadTagException e) {
                throw new UnitKeyException("this unit's signing key does not open with the database password");
            }
        }
        PrivateKey priv = KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(secret));
        return new UnitKey(priv, publicKey(p.getProperty("public_key", "")));
    }

    private static void write(Path file, KeyPair pair, char[] password) throws IOException, GeneralSecurityException {
        Properties p = new Properties();
        p.setProperty("format", "reformdesk-unit-private-key");
        p.setProperty("public_key", encode(pair.getPublic()));
        byte[] secret = pair.getPrivate().getEncoded();
        if (password != null && password.length > 0) {
            byte[] salt = new byte[16];
            byte[] iv = new byte[12];
            SecureRandom random = new SecureRandom();
            random.nextBytes(salt);
            random.nextBytes(iv);
            p.setProperty("protection", "pbkdf2-sha256-aes-gcm");
            p.setProperty("iterations", String.valueOf(ITERATIONS));
            p.setProperty("salt", Base64.getEncoder().encodeToString(salt));
            p.setProperty("iv", Base64.getEncoder().encodeToString(iv));
            secret = cipher(Cipher.ENCRYPT_MODE, password, p).doFinal(secret);
        }
        p.setProperty("private_key", Base64.getEncoder().encodeToString(secret));
        StringWriter w = new StringWriter();
        p.store(w, "ReformDesk: this unit's signing key. Keep it secret; never send this file.");
        Files.createDirectories(file.getParent());
        Path part = file.resolveSibling(FILE_NAME + ".part");
        Files.writeString(part, w.toString(), StandardCharsets.UTF_8);
        try (var ch = java.nio.channels.FileChannel.open(part, java.nio.file.StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Cipher cipher(int mode, char[] password, Properties p) throws GeneralSecurityException {
        byte[] salt = Base64.getDecoder().decode(p.getProperty("salt", ""));
        byte[] iv = Base64.getDecoder().decode(p.getProperty("iv", ""));
        int iterations = Integer.parseInt(p.getProperty("iterations", String.valueOf(ITERATIONS)));
        byte[] aesKey = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password, salt, iterations, 256)).getEncoded();
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(aesKey, "AES"), new GCMParameterSpec(128, iv));
        return cipher;
    }

    static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        return p;
    }

    /** The signing key cannot be made, read or used; the message says why in words. */
    public static final class UnitKeyException extends RuntimeException {
        public UnitKeyException(String message) { super(message); }
    }
}
