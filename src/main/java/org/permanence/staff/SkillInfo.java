package org.permanence.staff;

public record SkillInfo(long id, String code, String name) {
}
