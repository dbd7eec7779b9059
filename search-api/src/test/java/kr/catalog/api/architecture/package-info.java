/**
 * The module and package rules of the re-cut (issue 13), checked on the compiled main classes with
 * ArchUnit: no package cycles in the API, JAX-RS only at the REST edge, the search engine core
 * independent of its adapters, and the API free of the sample generator and the load/benchmark
 * tooling.
 */
package kr.catalog.api.architecture;
