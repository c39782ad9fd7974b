package org.permanence.security;

import org.permanence.system.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Secret calendar links: calendar applications that subscribe only to a URL (no password) read an employee's
 * published shifts through one. The link's token is the credential, so it is 256 random bits, shown once when issued
 * and stored only as its SHA-256. An account has at most one link: issuing another revokes the old one. A link stops
 * working when its account is disabled, unlinked from its employee or removed, and when an ADMIN resets the account's
 * password (a reset means the account may be in other hands).
 */
@Service
public class CalendarFeeds {

    private static final Logger log = LoggerFactory.getLogger(CalendarFeeds.class);
    private static final int TOKEN_BYTES = 32;

    /** A link just issued: the token appears nowhere else, ever. */
    public record IssuedFeed(String token, Instant issuedAt) {
    }

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CalendarFeeds(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A new link for the signed-in account, which must be linked to an employee (403 otherwise). */
    @Transactional
    public IssuedFeed issue() {
        currentUser.linkedEmployeeId();
        byte[] secret = new byte[TOKEN_BYTES];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long accountId = signedInAccountId();
        revokeOf(accountId);
        jdbc.sql("INSERT INTO calendar_feed (app_user_id, token_sha256, issued_at) VALUES (?, ?, ?)")
                .params(accountId, sha256(token), Timestamp.from(issuedAt)).update();
        log.info("Calendar link of account {} issued", currentUser.username());
        return new IssuedFeed(token, issuedAt);
    }

    /** When the signed-in account's link was issued; empty when it has none. */
    @Transactional(readOnly = true)
    public Optional<Instant> issuedAt() {
        return jdbc.sql("SELECT issued_at FROM calendar_feed WHERE app_user_id = ?").param(signedInAccountId())
                .query((rs, row) -> rs.getTimestamp(1).toInstant()).optional();
    }

    /** Revokes the signed-in account's link (404 when it has none). */
    @Transactional
    public void revoke() {
        if (jdbc.sql("DELETE FROM calendar_feed WHERE app_user_id = ?").param(signedInAccountId()).update() == 0) {
            throw new NotFoundException("Calendar", "link");
        }
        log.info("Calendar link of account {} revoked", currentUser.username());
    }

    /** The employee whose shifts the link shows: 404 for a token that is unknown, revoked or of a disabled account. */
    @Transactional(readOnly = true)
    public long employeeOf(String token) {
        return jdbc.sql("SELECT u.employee_id FROM calendar_feed f JOIN app_user u ON u.id = f.app_user_id "
                        + "WHERE f.token_sha256 = ? AND u.enabled AND u.employee_id IS NOT NULL")
                .param(sha256(token))
                .query((rs, row) -> rs.getLong(1)).optional()
                .orElseThrow(() -> new NotFoundException("Calendar", "link"));
    }

    void revokeOf(long accountId) {
        jdbc.sql("DELETE FROM calendar_feed WHERE app_user_id = ?").param(accountId).update();
    }

    private long signedInAccountId() {
        return jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(currentUser.username())
                .query(Long.class).single();
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
