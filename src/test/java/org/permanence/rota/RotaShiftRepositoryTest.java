package org.permanence.rota;

import org.junit.jupiter.api.Test;
import org.permanence.demand.ShiftTemplate;
import org.permanence.demand.ShiftTemplateDraft;
import org.permanence.demand.ShiftTemplates;
import org.permanence.staff.SkillDraft;
import org.permanence.staff.SkillService;
import org.permanence.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class RotaShiftRepositoryTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    SkillService skills;
    @Autowired
    ShiftTemplates templates;
    @Autowired
    Rotas rotas;
    @Autowired
    RotaShiftRepository shifts;

    private ShiftTemplate night() {
        String code = "N" + UUID.randomUUID().toString().substring(0, 8);
        long skill = skills.create(new SkillDraft(code, "Night skill " + code, null)).id();
        return templates.create(new ShiftTemplateDraft("Night", code, LocalTime.of(23, 0), 480, skill, Set.of()));
    }

    @Test
    void shiftsKeepTheirUtcInstantsAcrossADaylightSavingNight() {
        ShiftTemplate night = night();
        LocalDate beforeChange = LocalDate.of(2026, 10, 24);
        Rota rota = rotas.create("October", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));

        shifts.save(new RotaShift(null, rota.id(), null, night.id(), beforeChange,
                night.startOn(beforeChange, PARIS), night.endOn(beforeChange, PARIS), true, null));

        List<RotaShift> stored = rotas.shifts(rota.id());
        assertThat(stored).singleElement().satisfies(shift -> {
            assertThat(shift.startsAt()).isEqualTo(java.time.Instant.parse("2026-10-24T21:00:00Z"));
            assertThat(Duration.between(shift.startsAt(), shift.endsAt())).isEqualTo(Duration.ofHours(9));
            assertThat(shift.pinned()).isTrue();
            assertThat(shift.version()).isZero();
        });
    }

    @Test
    void narrowingTheDraftDropsShiftsOutsideTheNewPeriod() {
        ShiftTemplate night = night();
        Rota rota = rotas.create("Two days", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2));
        for (LocalDate day : List.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2))) {
            shifts.save(new RotaShift(null, rota.id(), null, night.id(), day, night.startOn(day, PARIS),
                    night.endOn(day, PARIS), false, null));
        }

        rotas.update(rota.id(), "One day", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 1), rota.version());

        assertThat(rotas.shifts(rota.id())).extracting(RotaShift::shiftDate)
                .containsExactly(LocalDate.of(2026, 9, 1));
    }

    @Test
    void deletingADraftDeletesItsShifts() {
        ShiftTemplate night = night();
        LocalDate day = LocalDate.of(2026, 8, 3);
        Rota rota = rotas.create("August", day, day);
        RotaShift shift = shifts.save(new RotaShift(null, rota.id(), null, night.id(), day,
                night.startOn(day, PARIS), night.endOn(day, PARIS), false, null));

        rotas.delete(rota.id());

        assertThat(shifts.findById(shift.id())).isEmpty();
    }
}
