#include "nlp/perceptron_trainer.h"

#include <algorithm>
#include <cmath>

namespace dyad::nlp {

PerceptronTrainer::Cell* PerceptronTrainer::Row(FeatureId f, bool create) {
  auto it = index_.find(f);
  if (it != index_.end()) return &cells_[static_cast<size_t>(it->second) * classes_];
  if (!create) return nullptr;
  const auto row = static_cast<uint32_t>(index_.size());
  index_.emplace(f, row);
  cells_.resize(cells_.size() + classes_);
  return &cells_[static_cast<size_t>(row) * classes_];
}

void PerceptronTrainer::Score(std::span<const FeatureId> features, float* scores) const {
  for (FeatureId f : features) {
    auto it = index_.find(f);
    if (it == index_.end()) continue;
    const Cell* row = &cells_[static_cast<size_t>(it->second) * classes_];
    for (int c = 0; c < classes_; ++c) scores[c] += row[c].weight;
  }
}

void PerceptronTrainer::Add(FeatureId f, int cls, float delta) {
  Cell& cell = Row(f, /*create=*/true)[cls];
  cell.total += static_cast<double>(now_ - cell.stamp) * cell.weight;
  cell.stamp = now_;
  cell.weight += delta;
}

void PerceptronTrainer::Update(std::span<const FeatureId> features, int truth, int guess,
                               float step) {
  if (truth == guess) return;
  for (FeatureId f : features) {
    Add(f, truth, step);
    Add(f, guess, -step);
  }
}

LinearModel PerceptronTrainer::Averaged(float min_weight) const {
  // Rows in a fixed order (by feature id), so the model's bytes do not
  // depend on the hash map's iteration order.
  std::vector<std::pair<FeatureId, uint32_t>> order(index_.begin(), index_.end());
  std::sort(order.begin(), order.end());
  std::vector<std::pair<FeatureId, std::vector<LinearModel::Weight>>> rows;
  const double time = std::max<int64_t>(now_, 1);
  for (const auto& [f, row] : order) {
    std::vector<LinearModel::Weight> weights;
    for (int c = 0; c < classes_; ++c) {
      const Cell& cell = cells_[static_cast<size_t>(row) * classes_ + c];
      const double total = cell.total + static_cast<double>(now_ - cell.stamp) * cell.weight;
      const auto avg = static_cast<float>(total / time);
      if (std::fabs(avg) >= min_weight && avg != 0) {
        weights.push_back({static_cast<uint16_t>(c), avg});
      }
    }
    if (!weights.empty()) rows.emplace_back(f, std::move(weights));
  }
  return LinearModel(classes_, rows);
}

}  // namespace dyad::nlp
