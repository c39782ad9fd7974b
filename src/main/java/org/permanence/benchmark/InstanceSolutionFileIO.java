package org.permanence.benchmark;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import ai.timefold.solver.persistence.common.api.domain.solution.SolutionFileIO;

import org.permanence.rota.domain.Employee;
import org.permanence.rota.domain.RotaPlan;

/**
 * Lets Timefold's PlannerBenchmark read benchmark instance files ({@code .txt}) straight into the product's
 * {@link RotaPlan}; solved rotas are written as the benchmark's Roster XML.
 */
public final class InstanceSolutionFileIO implements SolutionFileIO<RotaPlan> {

    @Override
    public String getInputFileExtension() {
        return "txt";
    }

    @Override
    public String getOutputFileExtension() {
        return "xml";
    }

    @Override
    public RotaPlan read(File inputSolutionFile) {
        return RotaImporter.toRota(InstanceReader.read(inputSolutionFile.toPath()));
    }

    @Override
    public void write(RotaPlan rota, File outputSolutionFile) {
        Roster roster = RotaImporter.rosterOf(rota);
        String name = outputSolutionFile.getName().replaceFirst("\\..*$", "");
        long penalty = rota.getScore() == null ? 0 : -rota.getScore().softScore();
        try {
            Files.writeString(outputSolutionFile.toPath(), RosterXmlWriter.write(name,
                    rota.getEmployees().stream().map(Employee::getId).toList(), roster, penalty));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
