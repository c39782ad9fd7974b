package org.permanence.planning;

import org.junit.jupiter.api.Test;
import org.permanence.rota.Rota;
import org.permanence.rota.RotaShift;
import org.permanence.rota.RotaSolving;
import org.permanence.rota.Rotas;
import org.permanence.rota.SolveSettings;
import org.permanence.system.ConflictException;
import org.permanence.support.IsolatedIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A solve and a change of the same rota never interleave: a change under way when a solve starts commits before the
 * solve reads the rota (so the solve keeps it), and a change that comes while a solve holds the rota is refused.
 * Shares the database of {@link RotaRepairsTest}, on dates of its own.
 */
@IsolatedIntegrationTest
@TestPropertySource(properties = "permanence.test.database=repairs")
@Import(PlanningFixture.class)
class SolveClaimTest {

    private static final LocalDate MONDAY = LocalDate.of(2046, 3, 5);

    @Autowired
    PlanningFixture fixture;
    @Autowired
    Rotas rotas;
    @Autowired
    RotaSolving solving;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void aSolveStartedWhileAnEditIsUnderWayWaitsForItAndKeepsWhatItPinned() throws Exception {
        PlanningFixture.Helpline helpline = fixture.helpline(2, MONDAY, MONDAY.plusDays(1));
        long ada = helpline.staff().get(0);
        Rota rota = fixture.rota(helpline, MONDAY, MONDAY.plusDays(1));
        RotaShift shift = rotas.addShift(rota.id(), ada, helpline.early().id(), MONDAY);
        CountDownLatch edited = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);

        CompletableFuture<Void> edit = CompletableFuture.runAsync(() -> new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> {
                    solving.requireNotSolving(rota.id());
                    rotas.changeShift(rota.id(), shift.id(), ada, helpline.late().id(), true);
                    edited.countDown();
                    awaitQuietly(commit);
                }));
        assertThat(edited.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> solve = CompletableFuture.runAsync(() -> solving.start(rota.id(), "full",
                new SolveSettings(Duration.ofSeconds(2), Duration.ofSeconds(1)), plan -> { }));

        Thread.sleep(1_000);
        assertThat(solve).as("the solve waits for the edit to commit before reading the rota").isNotDone();
        commit.countDown();
        edit.get(30, TimeUnit.SECONDS);
        solve.get(30, TimeUnit.SECONDS);
        awaitSolveEnd(rota.id());

        assertThat(rotas.shift(rota.id(), shift.id())).satisfies(kept -> {
            assertThat(kept.employeeId()).isEqualTo(ada);
            assertThat(kept.shiftTemplateId()).isEqualTo(helpline.late().id());
            assertThat(kept.pinned()).isTrue();
        });
    }

    @Test
    void aChangeWhileASolveHoldsTheRotaIsRefused() {
        PlanningFixture.Helpline helpline = fixture.helpline(1, MONDAY.plusDays(7), MONDAY.plusDays(7));
        Rota rota = fixture.rota(helpline, MONDAY.plusDays(7), MONDAY.plusDays(7));

        solving.exclusively(rota.id(), plan -> {
            assertThatThrownBy(() -> CompletableFuture.runAsync(() -> new TransactionTemplate(transactionManager)
                    .executeWithoutResult(status -> solving.requireNotSolving(rota.id()))).join())
                    .hasCauseInstanceOf(ConflictException.class);
            return null;
        });

        new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> solving.requireNotSolving(rota.id()));
    }

    private void awaitSolveEnd(long rotaId) throws InterruptedException {
        for (int i = 0; i < 300 && solving.isSolving(rotaId); i++) {
            Thread.sleep(100);
        }
        assertThat(solving.isSolving(rotaId)).isFalse();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
