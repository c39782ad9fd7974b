package org.permanence.rota;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The outcome of each rota's last finished solve. */
@Repository
public class RotaSolveResults {

    /** @param bestScore the score text, e.g. "0hard/-60medium/-1200soft" */
    public record LastSolve(String bestScore, Instant solvedAt) {
    }

    private final JdbcClient jdbc;

    RotaSolveResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(long rotaId, String bestScore, Instant solvedAt) {
        jdbc.sql("INSERT INTO rota_solve_result (rota_id, best_score, solved_at) VALUES (?, ?, ?) "
                        + "ON DUPLICATE KEY UPDATE best_score = VALUES(best_score), solved_at = VALUES(solved_at)")
                .params(rotaId, bestScore, Timestamp.from(solvedAt)).update();
    }

    public Optional<LastSolve> last(long rotaId) {
        return jdbc.sql("SELECT best_score, solved_at FROM rota_solve_result WHERE rota_id = ?").param(rotaId)
                .query((rs, row) -> new LastSolve(rs.getString(1), rs.getTimestamp(2).toInstant())).optional();
    }

    /** The last solve of each of these rotas that has been solved, by rota id, in one query. */
    public Map<Long, LastSolve> last(Collection<Long> rotaIds) {
        Map<Long, LastSolve> byRota = new HashMap<>();
        if (rotaIds.isEmpty()) {
            return byRota;
        }
        jdbc.sql("SELECT rota_id, best_score, solved_at FROM rota_solve_result WHERE rota_id IN (:rotaIds)")
                .param("rotaIds", rotaIds)
                .query(rs -> {
                    byRota.put(rs.getLong(1), new LastSolve(rs.getString(2), rs.getTimestamp(3).toInstant()));
                });
        return byRota;
    }
}
