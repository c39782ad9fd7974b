package org.permanence.planning.web;

import org.permanence.security.Access;
import org.permanence.security.CalendarFeeds;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Secret calendar links: an employee issues one for their own published shifts and gives it to a calendar
 * application that cannot sign in (it subscribes to a URL). Anyone holding the link reads those shifts, nothing else.
 */
@RestController
class CalendarFeedController {

    private static final String FEED_PATH = "/calendar/{token}.ics";

    /** Whether the signed-in account has a link and since when; the link itself is shown only when issued. */
    record FeedStatus(boolean issued, Instant issuedAt) {
    }

    record IssuedFeed(URI url, Instant issuedAt) {
    }

    private final CalendarFeeds feeds;
    private final PublishedShiftViews shiftViews;

    CalendarFeedController(CalendarFeeds feeds, PublishedShiftViews shiftViews) {
        this.feeds = feeds;
        this.shiftViews = shiftViews;
    }

    @GetMapping("/api/me/calendar-feed")
    @PreAuthorize(Access.SIGNED_IN)
    FeedStatus status() {
        Instant issuedAt = feeds.issuedAt().orElse(null);
        return new FeedStatus(issuedAt != null, issuedAt);
    }

    /** A new link (201); one issued before stops working. */
    @PostMapping("/api/me/calendar-feed")
    @PreAuthorize(Access.SIGNED_IN)
    ResponseEntity<IssuedFeed> issue() {
        CalendarFeeds.IssuedFeed issued = feeds.issue();
        URI url = ServletUriComponentsBuilder.fromCurrentContextPath().path(FEED_PATH)
                .buildAndExpand(issued.token()).toUri();
        return ResponseEntity.created(url).body(new IssuedFeed(url, issued.issuedAt()));
    }

    @DeleteMapping("/api/me/calendar-feed")
    @PreAuthorize(Access.SIGNED_IN)
    ResponseEntity<Void> revoke() {
        feeds.revoke();
        return ResponseEntity.noContent().build();
    }

    /** The link's calendar, as {@code /api/me/shifts.ics} gives it to its owner; 404 once revoked. */
    @GetMapping(value = FEED_PATH, produces = "text/calendar")
    @PreAuthorize(Access.SECRET_LINK)
    ResponseEntity<String> calendar(@PathVariable String token,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return shiftViews.calendar(feeds.employeeOf(token), from, to);
    }
}
