/** Test helpers for logged-in calls: one session per demo account, reused across tests. */
package kr.catalog.api.security;
