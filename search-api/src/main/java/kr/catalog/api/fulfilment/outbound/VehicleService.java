package kr.catalog.api.fulfilment.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import kr.catalog.api.refusal.BusinessRefusal;
import kr.catalog.api.refusal.Refusal;
import org.hibernate.exception.ConstraintViolationException;

/** The vehicle registry and what each vehicle carries now. */
@ApplicationScoped
public class VehicleService {

  @Inject Clock clock;

  /**
   * A vehicle with its current load.
   *
   * @param plate its plate number
   * @param kind e.g. "1톤 탑차"
   * @param capacityKg what it may carry
   * @param partner the delivery partner, or 자사차량
   * @param loadKg the weight of the packages on board (loaded, not yet delivered)
   * @param packages how many packages are on board
   */
  public record VehicleView(
      String plate, String kind, int capacityKg, String partner, double loadKg, long packages) {}

  /** A vehicle to register. */
  public record NewVehicle(String plate, String kind, int capacityKg, String partner) {}

  /** Every vehicle, by plate. */
  @Transactional
  public List<VehicleView> all() {
    return Vehicle.<Vehicle>list("order by plate").stream().map(VehicleService::view).toList();
  }

  /**
   * Registers a vehicle.
   *
   * @throws BusinessRefusal {@link Refusal#PLATE_TAKEN}
   */
  @Transactional
  public VehicleView register(NewVehicle request) {
    String plate = request.plate().strip();
    if (Vehicle.findById(plate, LockModeType.PESSIMISTIC_WRITE) != null) {
      throw new BusinessRefusal(
          Refusal.PLATE_TAKEN, "A vehicle with the plate " + plate + " is registered.");
    }
    Vehicle v = new Vehicle();
    v.plate = plate;
    v.kind = request.kind().strip();
    v.capacityKg = request.capacityKg();
    v.partner = request.partner().strip();
    v.createdAt = clock.instant();
    v.persist();
    try {
      // Two registrations of a new plate at once both see no row above; the primary key decides,
      // and the loser gets the same refusal as a plate registered earlier, not a 500.
      Vehicle.flush();
    } catch (ConstraintViolationException e) {
      throw new BusinessRefusal(
          Refusal.PLATE_TAKEN, "A vehicle with the plate " + plate + " is registered.");
    }
    return view(v);
  }

  /** The vehicle with this plate, or 404. */
  static Vehicle find(String plate, LockModeType lock) {
    Vehicle v = plate == null ? null : Vehicle.findById(plate.strip(), lock);
    if (v == null) {
      throw new BusinessRefusal(
          Refusal.VEHICLE_NOT_FOUND, "No vehicle has the plate " + plate + ".");
    }
    return v;
  }

  /** Grams on board: packages loaded on the vehicle whose order has not been delivered yet. */
  static long loadG(String plate) {
    Long grams =
        OrderPackage.getEntityManager()
            .createQuery(
                "select sum(coalesce(p.measuredWeightG, p.computedWeightG)) from OrderPackage p,"
                    + " CustomerOrder o where o.id = p.orderId and p.vehiclePlate = ?1"
                    + " and o.status in ?2",
                Long.class)
            .setParameter(1, plate)
            .setParameter(2, LoadingService.ON_BOARD)
            .getSingleResult();
    return grams == null ? 0 : grams;
  }

  static String kg(long grams) {
    return BigDecimal.valueOf(grams, 3).stripTrailingZeros().toPlainString();
  }

  private static VehicleView view(Vehicle v) {
    long count =
        OrderPackage.count(
            "from OrderPackage p, CustomerOrder o where o.id = p.orderId and p.vehiclePlate = ?1"
                + " and o.status in ?2",
            v.plate,
            LoadingService.ON_BOARD);
    return new VehicleView(
        v.plate, v.kind, v.capacityKg, v.partner, loadG(v.plate) / 1000.0, count);
  }
}
