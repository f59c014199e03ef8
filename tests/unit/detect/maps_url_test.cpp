#include "detect/maps_url.h"

#include <doctest/doctest.h>

#include <string_view>

namespace dataaudit::detect {
namespace {

TEST_SUITE("detect/maps_url") {
  TEST_CASE("Maps URLs with a position are accepted") {
    for (std::string_view v : {
             "https://www.google.com/maps/@51.5007292,-0.1246254,15z",
             "https://www.google.co.uk/maps/place/Oktibbeha+County+Lake/@33.5088281,-88.9432825,14z/data=!3m1!4b1",
             "https://www.google.com/maps/@33.5067677,-88.9401891,67620.1214991777a,30y",
             "https://www.google.com/maps/@?api=1&map_action=map&center=37.773692,-122.429737&zoom=13",
             "https://maps.google.com/?q=48.8584,2.2945",
             "http://maps.google.de/maps?ll=52.5163,13.3777&z=16",
             "https://maps.google.com/maps?q=48.8584%2C2.2945",
             "https://www.google.com/maps/search/?api=1&query=40.7484,+-73.9857",
             "https://www.google.com/maps/dir/52.3731,4.8922/52.3600,4.8852/",
             "https://www.google.com/maps/search/52.3731,+4.8922",
             "https://google.com.au/maps?daddr=-33.8568,151.2153",
             "HTTPS://WWW.GOOGLE.FR/MAPS/@48.85,2.35,12Z",
         }) {
      INFO(v);
      CHECK(IsMapsUrl(v));
    }
  }

  TEST_CASE("URLs without a position, other Google URLs and look-alikes are rejected") {
    for (std::string_view v : {
             "https://www.google.com/maps/place/Eiffel+Tower",
             "https://maps.google.com/?q=Eiffel+Tower",
             "https://maps.app.goo.gl/AbCdEf12345",
             "https://www.google.com/search?q=48.85,2.29",
             "https://www.google.com/url?q=https://example.com/@48.85,2.29",
             "https://google.example.com/maps/@48.85,2.29,12z",
             "https://notgoogle.com/maps/@48.85,2.29,12z",
             "https://www.google.com/mapsfoo/@48.85,2.29,12z",
             "https://www.google.com/maps/@148.85,2.29,12z",
             "https://www.google.com/maps/@48.8,2.2,12z",
             "https://www.google.com/maps/@48.85,200.29,12z",
             "https://www.google.com/maps?q=48.85,2.29abc",
             "https://support.google.com/maps/answer/3184808",
             "www.google.com/maps/@48.85,2.29,12z",
             "geo:48.85,2.29",
             "48.85,2.29",
             "",
         }) {
      INFO(v);
      CHECK_FALSE(IsMapsUrl(v));
    }
  }
}

}  // namespace
}  // namespace dataaudit::detect
