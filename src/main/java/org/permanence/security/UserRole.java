package org.permanence.security;

import org.springframework.data.relational.core.mapping.Table;

@Table("app_user_role")
record UserRole(Role role) {
}
