// Internal to nlp/: training a LinearModel as an averaged perceptron.
//
//   PerceptronTrainer t(classes);
//   for each epoch, for each example:
//     t.Score(features, scores);  int guess = argmax(scores);
//     if (guess != truth) t.Update(features, truth, guess);
//     t.Tick();                   // one example seen
//   LinearModel model = t.Averaged(/*min_weight=*/0.01f);
//
// Averaging (the mean of the weights over every example seen, computed
// lazily with timestamps) is what makes the perceptron generalise; it is
// the model that is shipped. Averaged() drops weights whose magnitude is
// below min_weight, and features left with none, to keep models small.
//
// Thread-safety: a trainer belongs to one thread. Training is
// deterministic: the same examples in the same order give the same model.
#ifndef DYAD_NLP_PERCEPTRON_TRAINER_H_
#define DYAD_NLP_PERCEPTRON_TRAINER_H_

#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

#include "nlp/linear_model.h"

namespace dyad::nlp {

class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(int classes) : classes_(classes) {}

  int classes() const { return classes_; }
  size_t features() const { return index_.size(); }

  // scores[0..classes) = sum of the current (not averaged) weights.
  void Score(std::span<const FeatureId> features, float* scores) const;

  // Rewards `truth` and penalises `guess` on every feature, by `step`.
  void Update(std::span<const FeatureId> features, int truth, int guess, float step = 1.0f);

  // Counts one example seen (the clock of the averaging).
  void Tick() { ++now_; }

  LinearModel Averaged(float min_weight) const;

 private:
  struct Cell {
    float weight = 0;
    double total = 0;   // Sum of the weight over time up to `stamp`.
    int64_t stamp = 0;  // When `total` was last brought up to date.
  };

  Cell* Row(FeatureId f, bool create);
  void Add(FeatureId f, int cls, float delta);

  int classes_;
  int64_t now_ = 0;
  std::unordered_map<FeatureId, uint32_t> index_;  // Feature -> row.
  std::vector<Cell> cells_;                        // rows x classes_
};

}  // namespace dyad::nlp

#endif  // DYAD_NLP_PERCEPTRON_TRAINER_H_
