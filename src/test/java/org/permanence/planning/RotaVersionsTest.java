package org.permanence.planning;

import org.junit.jupiter.api.Test;
import org.permanence.demand.ShiftTemplate;
import org.permanence.demand.ShiftTemplateDraft;
import org.permanence.demand.ShiftTemplates;
import org.permanence.rota.Rota;
import org.permanence.rota.RotaShift;
import org.permanence.rota.RotaStatus;
import org.permanence.rota.Rotas;
import org.permanence.staff.ContractDraft;
import org.permanence.staff.ContractService;
import org.permanence.staff.EmployeeDraft;
import org.permanence.staff.EmployeeService;
import org.permanence.staff.SkillDraft;
import org.permanence.staff.SkillService;
import org.permanence.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class RotaVersionsTest {

    @Autowired
    SkillService skills;
    @Autowired
    ContractService contracts;
    @Autowired
    EmployeeService employees;
    @Autowired
    ShiftTemplates templates;
    @Autowired
    Rotas rotas;
    @Autowired
    RotaVersions versions;
    @Autowired
    PublishedShifts published;

    @Test
    void onlyTheLatestPublishedVersionOfARotaCountsAsPublishedShifts() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long skill = skills.create(new SkillDraft("V" + tag, "Skill " + tag, null)).id();
        ShiftTemplate day = templates.create(new ShiftTemplateDraft("Day", "D" + tag, LocalTime.of(9, 0), 480,
                skill, Set.of()));
        long contract = contracts.create(new ContractDraft("Contract " + tag, 2100, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null)).id();
        long employee = employees.create(new EmployeeDraft("V" + tag, "Lou", "Vers", null, contract, Set.of(skill),
                LocalDate.of(2020, 1, 1), null, null)).id();
        Rota rota = rotas.create("June " + tag, LocalDate.of(2032, 6, 1), LocalDate.of(2032, 6, 30));
        RotaShift first = rotas.addShift(rota.id(), employee, day.id(), LocalDate.of(2032, 6, 1));
        rotas.addShift(rota.id(), null, day.id(), LocalDate.of(2032, 6, 2));

        RotaVersion one = versions.publish(rota.id(), "manager", "first");
        RotaShift second = rotas.addShift(rota.id(), employee, day.id(), LocalDate.of(2032, 6, 3));
        RotaVersion two = versions.publish(rota.id(), "manager", "second");

        assertThat(one.number()).isEqualTo(1);
        assertThat(two.number()).isEqualTo(2);
        assertThat(versions.get(rota.id(), 1).shifts()).hasSize(2);
        assertThat(rotas.get(rota.id()).status()).isEqualTo(RotaStatus.PUBLISHED);
        assertThat(published.startingBetween(Instant.parse("2032-06-01T00:00:00Z"),
                Instant.parse("2032-07-01T00:00:00Z")))
                .filteredOn(shift -> shift.rotaId() == rota.id())
                .extracting(PublishedShift::shiftId, PublishedShift::versionNumber)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first.id(), 2),
                        org.assertj.core.groups.Tuple.tuple(second.id(), 2));
    }
}
