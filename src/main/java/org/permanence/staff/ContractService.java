package org.permanence.staff;

import java.util.ArrayList;
import java.util.List;

import org.permanence.system.ConflictException;
import org.permanence.system.FieldError;
import org.permanence.system.InvalidRequestException;
import org.permanence.system.NotFoundException;
import org.permanence.system.StaleVersionException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ContractService {

    private final ContractRepository contracts;
    private final EmployeeRepository employees;
    private final ContractDefaults defaults;

    ContractService(ContractRepository contracts, EmployeeRepository employees, ContractDefaults defaults) {
        this.contracts = contracts;
        this.employees = employees;
        this.defaults = defaults;
    }

    @Transactional(readOnly = true)
    public Page<Contract> list(int page, int size) {
        return contracts.findAll(PageRequest.of(page, size, Sort.by("name")));
    }

    @Transactional(readOnly = true)
    public Contract get(long id) {
        return contracts.findById(id).orElseThrow(() -> new NotFoundException("Contract", id));
    }

    @Transactional
    public Contract create(ContractDraft draft) {
        if (contracts.existsByName(draft.name())) {
            throw new ConflictException("name", "is already used by another contract");
        }
        return contracts.save(new Contract(null, null, draft.name(), draft.weeklyMinutes(), rules(draft)));
    }

    @Transactional
    public Contract update(long id, ContractDraft draft) {
        Contract current = get(id);
        StaleVersionException.check("Contract", id, draft.version(), current.version());
        if (contracts.existsByNameAndIdNot(draft.name(), id)) {
            throw new ConflictException("name", "is already used by another contract");
        }
        return contracts.save(new Contract(id, draft.version(), draft.name(), draft.weeklyMinutes(), rules(draft)));
    }

    @Transactional
    public void delete(long id) {
        get(id);
        long holders = employees.countByContractId(id);
        if (holders > 0) {
            throw new ConflictException("id", "contract is held by " + holders + " employee(s)");
        }
        contracts.deleteById(id);
    }

    private WorkingTimeRules rules(ContractDraft draft) {
        int dailyMax = orDefault(draft.dailyMaxMinutes(), defaults.dailyMaxMinutes());
        int averageMax = orDefault(draft.twelveWeekAverageMaxMinutes(), defaults.twelveWeekAverageMaxMinutes());
        WorkingTimeRules rules = new WorkingTimeRules(
                dailyMax,
                orDefault(draft.minRestBetweenShiftsMinutes(), defaults.minRestBetweenShiftsMinutes()),
                orDefault(draft.weeklyMaxMinutes(), defaults.weeklyMaxMinutes()),
                averageMax,
                orDefault(draft.weeklyRestMinutes(), defaults.weeklyRestMinutes()),
                orDefault(draft.maxWorkingDaysPerWeek(), defaults.maxWorkingDaysPerWeek()),
                orDefault(draft.maxConsecutiveWorkingDays(), defaults.maxConsecutiveWorkingDays()),
                orDefault(draft.minConsecutiveWorkingDays(), defaults.minConsecutiveWorkingDays()),
                orDefault(draft.minConsecutiveDaysOff(), defaults.minConsecutiveDaysOff()),
                draft.maxWorkedWeekendsPerPeriod() != null ? draft.maxWorkedWeekendsPerPeriod() : defaults.maxWorkedWeekendsPerPeriod(),
                draft.nightWorkAllowed() != null ? draft.nightWorkAllowed() : defaults.nightWorkAllowed(),
                // A night worker's default maxima never exceed the contract's own daily and average maxima.
                orDefault(draft.nightWorkerDailyMaxMinutes(),
                        Math.min(defaults.nightWorkerDailyMaxMinutes(), dailyMax)),
                orDefault(draft.nightWorkerTwelveWeekAverageMaxMinutes(),
                        Math.min(defaults.nightWorkerTwelveWeekAverageMaxMinutes(), averageMax)),
                draft.minMinutesPerPeriod(),
                draft.maxMinutesPerPeriod());
        checkConsistent(draft.weeklyMinutes(), rules);
        return rules;
    }

    private static void checkConsistent(int weeklyMinutes, WorkingTimeRules rules) {
        List<FieldError> errors = new ArrayList<>();
        if (weeklyMinutes > rules.weeklyMaxMinutes()) {
            errors.add(new FieldError("weeklyMinutes", "exceeds weeklyMaxMinutes " + rules.weeklyMaxMinutes()));
        }
        if (rules.minConsecutiveWorkingDays() > rules.maxConsecutiveWorkingDays()) {
            errors.add(new FieldError("minConsecutiveWorkingDays", "exceeds maxConsecutiveWorkingDays"));
        }
        if (rules.twelveWeekAverageMaxMinutes() > rules.weeklyMaxMinutes()) {
            errors.add(new FieldError("twelveWeekAverageMaxMinutes", "exceeds weeklyMaxMinutes"));
        }
        if (rules.nightWorkerDailyMaxMinutes() > rules.dailyMaxMinutes()) {
            errors.add(new FieldError("nightWorkerDailyMaxMinutes",
                    "exceeds dailyMaxMinutes " + rules.dailyMaxMinutes()));
        }
        if (rules.nightWorkerTwelveWeekAverageMaxMinutes() > rules.twelveWeekAverageMaxMinutes()) {
            errors.add(new FieldError("nightWorkerTwelveWeekAverageMaxMinutes",
                    "exceeds twelveWeekAverageMaxMinutes " + rules.twelveWeekAverageMaxMinutes()));
        }
        if (rules.minMinutesPerPeriod() != null && rules.maxMinutesPerPeriod() != null
                && rules.minMinutesPerPeriod() > rules.maxMinutesPerPeriod()) {
            errors.add(new FieldError("minMinutesPerPeriod", "exceeds maxMinutesPerPeriod"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    private static int orDefault(Integer value, int fallback) {
        return value != null ? value : fallback;
    }
}
