package kr.catalog.api.fulfilment.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kr.catalog.api.order.CustomerOrder;
import kr.catalog.api.order.OrderJournal;
import kr.catalog.api.order.OrderStatus;
import kr.catalog.api.refusal.BusinessRefusal;
import kr.catalog.api.refusal.Refusal;
import kr.catalog.api.security.Actor;

/**
 * Loading: packages scanned onto vehicles, within each vehicle's capacity, and the loaded-goods
 * check before the order may move to LOADED. A scan locks the vehicle row, so two docks loading one
 * vehicle at once cannot together take it over its capacity.
 */
@ApplicationScoped
public class LoadingService {

  /** The states in which a loaded package is still on its vehicle (not yet delivered). */
  static final List<OrderStatus> ON_BOARD =
      List.of(OrderStatus.DELIVERY_CLASSIFIED, OrderStatus.LOADED, OrderStatus.IN_TRANSIT);

  @Inject OrderJournal journal;
  @Inject Clock clock;

  /**
   * An order's loading: each package and its vehicle.
   *
   * @param orderId the order
   * @param status its state
   * @param expected how many packages must be loaded
   * @param loaded how many are on a vehicle
   * @param vehicles the plate(s) recorded on the order when it moved to LOADED
   * @param packages the packages
   */
  public record LoadingView(
      long orderId,
      OrderStatus status,
      int expected,
      int loaded,
      String vehicles,
      List<PackingView.Package> packages) {}

  /** The loading of an order. */
  @Transactional
  public LoadingView loading(Actor actor, long orderId) {
    return view(OutboundOrders.visible(actor, orderId, LockModeType.NONE));
  }

  /**
   * Scans a package onto a vehicle. Scanning it again onto the same vehicle changes nothing; onto
   * another one moves it.
   *
   * @throws BusinessRefusal {@link Refusal#WRONG_ORDER_STATE} unless DELIVERY_CLASSIFIED, {@link
   *     Refusal#PACKAGE_NOT_FOUND}, {@link Refusal#VEHICLE_NOT_FOUND}, {@link
   *     Refusal#PACKAGE_OF_ANOTHER_ORDER}, {@link Refusal#VEHICLE_OVER_CAPACITY}
   */
  @Transactional
  public LoadingView scan(Actor actor, long orderId, String plate, String packageNo) {
    CustomerOrder order = OutboundOrders.visible(actor, orderId, LockModeType.PESSIMISTIC_WRITE);
    String number = packageNo.strip();
    OrderPackage p = OrderPackage.<OrderPackage>find("packageNo", number).firstResult();
    if (p == null) {
      throw new BusinessRefusal(
          Refusal.PACKAGE_NOT_FOUND, "No package is numbered " + number + ".");
    }
    if (!p.orderId.equals(order.id)) {
      throw new BusinessRefusal(
              Refusal.PACKAGE_OF_ANOTHER_ORDER,
              "Package " + number + " belongs to order " + p.orderId + ", not " + order.id + ".")
          .with("packageOrder", p.orderId);
    }
    Vehicle vehicle = VehicleService.find(plate, LockModeType.PESSIMISTIC_WRITE);
    OutboundOrders.requireState(order, "Loading", OrderStatus.DELIVERY_CLASSIFIED);
    if (vehicle.plate.equals(p.vehiclePlate)) {
      return view(order);
    }
    long load = VehicleService.loadG(vehicle.plate);
    long capacity = vehicle.capacityKg * 1000L;
    if (load + p.loadWeightG() > capacity) {
      throw new BusinessRefusal(
              Refusal.VEHICLE_OVER_CAPACITY,
              "Vehicle "
                  + vehicle.plate
                  + " carries "
                  + VehicleService.kg(load)
                  + " kg of "
                  + vehicle.capacityKg
                  + " kg; package "
                  + number
                  + " weighs "
                  + VehicleService.kg(p.loadWeightG())
                  + " kg.")
          .with("loadKg", load / 1000.0)
          .with("capacityKg", vehicle.capacityKg);
    }
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("package", number);
    detail.put("vehicle", vehicle.plate);
    if (p.vehiclePlate != null) {
      detail.put("previousVehicle", p.vehiclePlate);
    }
    p.vehiclePlate = vehicle.plate;
    p.loadedAt = clock.instant();
    journal.record(order, actor, OutboundKinds.PACKAGE_LOADED, null, detail);
    return view(order);
  }

  /**
   * The loaded-goods check at DELIVERY_CLASSIFIED -> LOADED; records the vehicle(s) on the order.
   *
   * @throws BusinessRefusal {@link Refusal#PACKAGES_NOT_LOADED} listing the packages on no vehicle
   */
  void requireAllLoaded(CustomerOrder order) {
    List<OrderPackage> packages = PackingService.packages(order.id);
    List<String> missing =
        packages.stream().filter(p -> p.vehiclePlate == null).map(p -> p.packageNo).toList();
    if (packages.isEmpty() || !missing.isEmpty()) {
      throw new BusinessRefusal(
              Refusal.PACKAGES_NOT_LOADED,
              packages.isEmpty()
                  ? "Order " + order.id + " has no package to load."
                  : missing.size()
                      + " of "
                      + packages.size()
                      + " package(s) of order "
                      + order.id
                      + " are on no vehicle.")
          .with("missing", missing);
    }
    order.loadedVehicle =
        String.join(
            ",",
            packages.stream()
                .map(p -> p.vehiclePlate)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
  }

  private static LoadingView view(CustomerOrder order) {
    PackingView packing = PackingService.view(order);
    int loaded = (int) packing.packages().stream().filter(p -> p.vehicle() != null).count();
    return new LoadingView(
        order.id,
        order.status,
        packing.packages().size(),
        loaded,
        order.loadedVehicle,
        packing.packages());
  }
}
