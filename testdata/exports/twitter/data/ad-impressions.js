window.YTD.ad_impressions.part0 = [
  {
    "ad" : {
      "adsUserData" : {
        "adImpressions" : {
          "impressions" : [
            {
              "deviceInfo" : {
                "osType" : "Ios",
                "deviceId" : "c2FtcGxlLWRldmljZS1pZC0wMQ=="
              },
              "displayLocation" : "TimelineHome",
              "promotedTweetInfo" : {
                "tweetId" : "1765432109876543210",
                "tweetText" : "Spring sale: 20% off every commuter bike this week only.",
                "urls" : [
                  "https://bikes.example.com/spring"
                ],
                "mediaUrls" : [ ]
              },
              "advertiserInfo" : {
                "advertiserName" : "Example Bikes",
                "screenName" : "@ExampleBikes"
              },
              "matchedTargetingCriteria" : [
                {
                  "targetingType" : "Locations",
                  "targetingValue" : "London"
                },
                {
                  "targetingType" : "Age",
                  "targetingValue" : "25 to 49"
                },
                {
                  "targetingType" : "Follower look-alikes",
                  "targetingValue" : "@ExampleCyclingClub"
                },
                {
                  "targetingType" : "Keywords",
                  "targetingValue" : "road bike"
                }
              ],
              "impressionTime" : "2024-03-02 08:14:55"
            },
            {
              "deviceInfo" : {
                "osType" : "Desktop"
              },
              "displayLocation" : "SearchTweets",
              "promotedTweetInfo" : {
                "tweetId" : "1765432109876543287",
                "tweetText" : "Open an account in five minutes.",
                "urls" : [ ],
                "mediaUrls" : [ ]
              },
              "advertiserInfo" : {
                "advertiserName" : "Example Bank",
                "screenName" : "@ExampleBank"
              },
              "matchedTargetingCriteria" : [
                {
                  "targetingType" : "Tailored audiences (lists)",
                  "targetingValue" : "Example Bank customers"
                }
              ],
              "impressionTime" : "2024-03-05 19:40:12"
            }
          ]
        }
      }
    }
  }
]
