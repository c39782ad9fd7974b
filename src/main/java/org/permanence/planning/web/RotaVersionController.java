package org.permanence.planning.web;

import jakarta.validation.Valid;
import org.permanence.planning.RotaVersions;
import org.permanence.planning.VersionDiff;
import org.permanence.security.Access;
import org.permanence.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Publishing a rota's draft as an immutable version, and reading the versions. */
@RestController
@RequestMapping("/api/rotas/{id}")
class RotaVersionController {

    private final RotaVersions versions;
    private final CurrentUser currentUser;

    RotaVersionController(RotaVersions versions, CurrentUser currentUser) {
        this.versions = versions;
        this.currentUser = currentUser;
    }

    @PostMapping("/publish")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.MANAGING)
    VersionResponse publish(@PathVariable long id, @Valid @RequestBody PublishRequest request) {
        return VersionResponse.of(versions.publish(id, currentUser.username(), request.comment(),
                request.acknowledgeHardViolations()));
    }

    @GetMapping("/versions")
    @PreAuthorize(Access.PLANNING_READ)
    List<VersionResponse> list(@PathVariable long id) {
        return versions.of(id).stream().map(VersionResponse::summary).toList();
    }

    @GetMapping("/versions/{number}")
    @PreAuthorize(Access.PLANNING_READ)
    VersionResponse get(@PathVariable long id, @PathVariable int number) {
        return VersionResponse.of(versions.get(id, number));
    }

    @GetMapping("/versions/{from}/diff/{to}")
    @PreAuthorize(Access.PLANNING_READ)
    VersionDiff diff(@PathVariable long id, @PathVariable int from, @PathVariable int to) {
        return versions.diff(id, from, to);
    }

    /** What publishing the draft now would change since version {@code from} (nothing: empty lists). */
    @GetMapping("/versions/{from}/diff/draft")
    @PreAuthorize(Access.PLANNING_READ)
    VersionDiff diffToDraft(@PathVariable long id, @PathVariable int from) {
        return versions.diffToDraft(id, from);
    }
}
