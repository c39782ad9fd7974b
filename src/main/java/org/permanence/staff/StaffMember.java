package org.permanence.staff;

import java.time.LocalDate;
import java.util.Set;

/** An employee with what planning needs to know: skills (by id and code), contract and employment dates. */
public record StaffMember(
        long id,
        String payrollNumber,
        String firstName,
        String lastName,
        Set<Long> skillIds,
        Set<String> skillCodes,
        ContractTerms contract,
        LocalDate employmentStart,
        LocalDate employmentEnd) {

    public boolean employedOn(LocalDate day) {
        return !day.isBefore(employmentStart) && (employmentEnd == null || !day.isAfter(employmentEnd));
    }
}
