package org.permanence.planning.web;

import jakarta.validation.constraints.Size;

record PublishRequest(@Size(max = 1000) String comment, boolean acknowledgeHardViolations) {
}
