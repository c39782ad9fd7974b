package org.permanence.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class RosterGridTest {

    @Test
    void readsTabSeparatedRowsWithEmptyCellsAsRosterViewerPastesThem() {
        Instance instance = BenchmarkFiles.instance(1);
        Roster published = BenchmarkFiles.publishedRoster(instance);
        List<String> tabRows = IntStream.range(0, published.employees())
                .mapToObj(employee -> IntStream.range(0, published.days())
                        .mapToObj(day -> published.shiftOf(employee, day).orElse(""))
                        .collect(Collectors.joining("\t")))
                .toList();

        assertThat(RosterGrid.parse(instance, tabRows)).isEqualTo(published);
    }

    @Test
    void formattedGridReadsBackToTheSameRoster() {
        Instance instance = BenchmarkFiles.instance(4);
        Roster published = BenchmarkFiles.publishedRoster(instance);

        assertThat(RosterGrid.parse(instance, RosterGrid.format(instance, published).lines().toList()))
                .isEqualTo(published);
    }

    @Test
    void rejectsAGridWithTooFewDays() {
        Instance instance = BenchmarkFiles.instance(1);
        List<String> rows = List.of("D D", "D", "D", "D", "D", "D", "D", "D");

        assertThatThrownBy(() -> RosterGrid.parse(instance, rows))
                .hasMessageContaining("employee A").hasMessageContaining("14 days");
    }

    @Test
    void rosterXmlHasOneAssignPerWorkedDay() {
        Instance instance = BenchmarkFiles.instance(1);
        Roster published = BenchmarkFiles.publishedRoster(instance);

        String xml = RosterXmlWriter.write(instance, published, 607);

        assertThat(xml).contains("<SchedulingPeriodFile>Instance1.ros</SchedulingPeriodFile>",
                "<Penalty>607</Penalty>", "<Employee ID=\"A\">",
                "<Assign><Day>1</Day><Shift>D</Shift></Assign>");
        long worked = xml.lines().filter(line -> line.contains("<Assign>")).count();
        assertThat(worked).isEqualTo(65);
    }
}
