// A Gazetteer over a validated file image (memory-mapped or held in memory).
#ifndef DYAD_WHERE_GAZETTEER_IMAGE_H_
#define DYAD_WHERE_GAZETTEER_IMAGE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/where.h"
#include "where/gazetteer_format.h"

namespace dyad::where {

class GazetteerImage : public Gazetteer {
 public:
  // Maps the file at `path`; null + *error when unreadable or invalid.
  static std::unique_ptr<GazetteerImage> Map(const std::string& path, std::string* error);
  // Takes an image built in memory (the built-in gazetteer); null + *error when invalid.
  static std::unique_ptr<GazetteerImage> FromBytes(std::string bytes, std::string* error);
  // Checks every offset, count and the index order; "" when valid.
  static std::string Validate(std::string_view image);

  ~GazetteerImage() override;
  std::vector<PlaceCandidate> Lookup(std::string_view name) const override;
  size_t size() const override { return header_->num_places; }

  size_t num_names() const { return header_->num_names; }
  size_t num_countries() const { return header_->num_countries; }
  size_t num_admin1() const { return header_->num_admin1; }
  size_t bytes() const { return image_.size(); }

 private:
  GazetteerImage() = default;
  void Attach(std::string_view image);
  PlaceCandidate Candidate(uint32_t place) const;

  std::string owned_;           // the image when built in memory
  void* mapping_ = nullptr;     // the image when memory-mapped
  size_t mapping_size_ = 0;
  std::string_view image_;
  const FileHeader* header_ = nullptr;
  const PlaceRecord* places_ = nullptr;
  const NameEntry* names_ = nullptr;
  const char* pool_ = nullptr;
};

}  // namespace dyad::where

#endif  // DYAD_WHERE_GAZETTEER_IMAGE_H_
