-- The units whose signed exchange packages this unit accepts: each registered once with its public key
-- (Ed25519, X.509 in Base64), whose fingerprint the two officers compared over the phone.
CREATE TABLE trusted_units (
    unit_code     VARCHAR(64)  PRIMARY KEY,
    unit_name     VARCHAR(500),
    public_key    VARCHAR(200) NOT NULL,
    registered_at TIMESTAMP    NOT NULL
);
