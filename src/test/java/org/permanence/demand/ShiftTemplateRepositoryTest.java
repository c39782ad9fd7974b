package org.permanence.demand;

import org.junit.jupiter.api.Test;
import org.permanence.staff.SkillDraft;
import org.permanence.staff.SkillService;
import org.permanence.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class ShiftTemplateRepositoryTest {

    @Autowired
    SkillService skills;
    @Autowired
    ShiftTemplateRepository templates;
    @Autowired
    StaffingNeedRepository needs;

    private long newSkill() {
        String code = "R" + UUID.randomUUID().toString().substring(0, 8);
        return skills.create(new SkillDraft(code, "Skill " + code, null)).id();
    }

    private static String code() {
        return "C" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void templateAndItsForbiddenSuccessorsRoundTrip() {
        long skill = newSkill();
        ShiftTemplate morning = templates.save(new ShiftTemplate(null, "Morning", code(), LocalTime.of(7, 0), 480,
                skill, DayPattern.WEEKDAY, Set.of(), null));
        ShiftTemplate night = templates.save(new ShiftTemplate(null, "Night", code(), LocalTime.of(23, 0), 480,
                skill, null, Set.of(new ForbiddenSuccessor(morning.id())), null));

        ShiftTemplate reloaded = templates.findById(night.id()).orElseThrow();

        assertThat(reloaded).isEqualTo(night);
        assertThat(templates.findById(morning.id()).orElseThrow().days()).isEqualTo(DayPattern.WEEKDAY);
        assertThat(reloaded.forbiddenSuccessorIds()).containsExactly(morning.id());
    }

    @Test
    void savingAStaleCopyFails() {
        ShiftTemplate created = templates.save(new ShiftTemplate(null, "Day", code(), LocalTime.of(9, 0), 480,
                newSkill(), null, Set.of(), null));
        templates.save(new ShiftTemplate(created.id(), "Day shift", created.code(), created.startTime(), 480,
                created.skillId(), null, Set.of(), created.version()));

        assertThatThrownBy(() -> templates.save(created)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void applicableNeedsAreThePatternAndTheDateRowsOfThePeriod() {
        long skill = newSkill();
        StaffingNeed weekly = needs.save(StaffingNeed.weekly(skill, DayPattern.WEEKEND, LocalTime.of(23, 0),
                LocalTime.of(7, 0), 2));
        StaffingNeed inPeriod = needs.save(StaffingNeed.onDate(skill, LocalDate.of(2026, 7, 14), LocalTime.of(9, 0),
                LocalTime.of(11, 0), 3));
        needs.save(StaffingNeed.onDate(skill, LocalDate.of(2026, 8, 15), LocalTime.of(9, 0), LocalTime.of(11, 0), 3));

        List<StaffingNeed> applicable = needs.findApplicableBetween(LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 7, 31)).stream().filter(need -> need.skillId() == skill).toList();

        assertThat(applicable).containsExactlyInAnyOrder(weekly, inPeriod);
        assertThat(applicable).filteredOn(need -> need.days() != null).singleElement()
                .satisfies(need -> assertThat(need.crossesMidnight()).isTrue());
    }
}
