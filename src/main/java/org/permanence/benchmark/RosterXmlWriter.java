package org.permanence.benchmark;

import java.util.List;

/**
 * Writes a roster as the benchmark's solution XML ("Roster", README §7), which RosterViewer can open next to the
 * instance's {@code .ros} file: one {@code Employee} per employee, one {@code Assign} per worked day.
 */
public final class RosterXmlWriter {

    private RosterXmlWriter() {
    }

    public static String write(Instance instance, Roster roster, long penalty) {
        return write(instance.name(), instance.staff().stream().map(Instance.Staff::id).toList(), roster, penalty);
    }

    /** @param employeeIds the employee ids in instance file order, one per roster row */
    public static String write(String instanceName, List<String> employeeIds, Roster roster, long penalty) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <Roster xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="Roster.xsd">
                """);
        xml.append("  <SchedulingPeriodFile>").append(escape(instanceName)).append(".ros</SchedulingPeriodFile>\n");
        xml.append("  <Penalty>").append(penalty).append("</Penalty>\n");
        xml.append("  <FoundBy>Permanence (Timefold Solver)</FoundBy>\n");
        for (int employee = 0; employee < roster.employees(); employee++) {
            xml.append("  <Employee ID=\"").append(escape(employeeIds.get(employee))).append("\">\n");
            for (int day = 0; day < roster.days(); day++) {
                int assignedDay = day;
                roster.shiftOf(employee, day).ifPresent(shift -> xml.append("    <Assign><Day>").append(assignedDay)
                        .append("</Day><Shift>").append(escape(shift)).append("</Shift></Assign>\n"));
            }
            xml.append("  </Employee>\n");
        }
        return xml.append("</Roster>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
