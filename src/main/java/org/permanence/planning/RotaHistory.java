package org.permanence.planning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.permanence.rota.Rotas;
import org.permanence.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/** The audit trail of rotas: every change is recorded in the transaction that makes it. */
@Service
public class RotaHistory {

    private final RotaChangeRepository changes;
    private final Rotas rotas;
    private final CurrentUser currentUser;
    private final ObjectMapper json;
    private final Clock clock;

    RotaHistory(RotaChangeRepository changes, Rotas rotas, CurrentUser currentUser, ObjectMapper json, Clock clock) {
        this.changes = changes;
        this.rotas = rotas;
        this.currentUser = currentUser;
        this.json = json;
        this.clock = clock;
    }

    /** Records a change; {@code before} and {@code after} are serialized as JSON (null: nothing). */
    @Transactional
    public RotaChange record(long rotaId, String action, Object before, Object after) {
        return changes.save(new RotaChange(null, rotaId, clock.instant(), actor(), action, write(before),
                write(after)));
    }

    /** Records a change made on behalf of {@code actor} outside their request (e.g. a solve they started). */
    @Transactional
    public RotaChange recordBy(String actor, long rotaId, String action, Object before, Object after) {
        return changes.save(new RotaChange(null, rotaId, clock.instant(), actor, action, write(before),
                write(after)));
    }

    @Transactional(readOnly = true)
    public List<RotaChange> of(long rotaId) {
        rotas.get(rotaId);
        return changes.findByRotaIdOrderByChangedAtAscIdAsc(rotaId);
    }

    private String actor() {
        return currentUser.usernameOrSystem();
    }

    private String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot record " + value, e);
        }
    }
}
