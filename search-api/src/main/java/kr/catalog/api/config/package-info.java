/**
 * Configuration of the application: {@link kr.catalog.api.config.CatalogConfig} ({@code
 * catalog.*}), {@link kr.catalog.api.config.CommerceConfig} ({@code commerce.*}) and the clock.
 * Every other package may read it; it reads none.
 */
package kr.catalog.api.config;
