package org.permanence.payroll.web;

import jakarta.validation.constraints.Size;

/** Why an ADMIN reopens a closed month; kept in the month's audit trail. */
record ReopenRequest(@Size(max = 500) String reason) {
}
