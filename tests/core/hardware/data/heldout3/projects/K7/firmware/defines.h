#ifndef DEFINES_H_
#define DEFINES_H_

#include "ap_fixed.h"
#include "ap_int.h"
#include "nnet_utils/nnet_types.h"
#include <cstddef>
#include <cstdio>

// hls-fpga-machine-learning insert numbers
#define N_INPUT_1_1 64
#define N_INPUT_2_1 64
#define N_INPUT_3_1 3
#define OUT_HEIGHT_2 62
#define OUT_WIDTH_2 62
#define N_FILT_2 4
#define OUT_HEIGHT_2 62
#define OUT_WIDTH_2 62
#define N_FILT_2 4
#define OUT_HEIGHT_5 31
#define OUT_WIDTH_5 31
#define N_FILT_5 4
#define OUT_HEIGHT_6 29
#define OUT_WIDTH_6 29
#define N_FILT_6 4
#define OUT_HEIGHT_6 29
#define OUT_WIDTH_6 29
#define N_FILT_6 4
#define OUT_HEIGHT_9 14
#define OUT_WIDTH_9 14
#define N_FILT_9 4
#define N_SIZE_0_10 784
#define N_LAYER_11 13
#define N_LAYER_11 13

// hls-fpga-machine-learning insert layer-precision
typedef nnet::array<ap_fixed<16,6>, 3*1> input_t;
typedef ap_fixed<32,16> model_default_t;
typedef nnet::array<ap_fixed<16,6>, 4*1> layer2_t;
typedef ap_fixed<6,1> weight2_t;
typedef ap_fixed<6,1> bias2_t;
typedef nnet::array<ap_ufixed<6,0,AP_RND_CONV,AP_SAT>, 4*1> layer4_t;
typedef ap_fixed<18,8> relu1_table_t;
typedef nnet::array<ap_fixed<16,6>, 4*1> layer5_t;
typedef nnet::array<ap_fixed<16,6>, 4*1> layer6_t;
typedef ap_fixed<6,1> weight6_t;
typedef ap_fixed<6,1> bias6_t;
typedef nnet::array<ap_ufixed<6,0,AP_RND_CONV,AP_SAT>, 4*1> layer8_t;
typedef ap_fixed<18,8> relu2_table_t;
typedef nnet::array<ap_fixed<16,6>, 4*1> layer9_t;
typedef nnet::array<ap_fixed<16,6>, 13*1> layer11_t;
typedef ap_fixed<6,1> weight11_t;
typedef ap_fixed<6,1> bias11_t;
typedef ap_uint<1> layer11_index;
typedef nnet::array<ap_fixed<16,6>, 13*1> result_t;
typedef ap_fixed<18,8> output_softmax_table_t;
typedef ap_fixed<18,8,AP_RND,AP_SAT> output_softmax_exp_table_t;
typedef ap_fixed<18,8,AP_RND,AP_SAT> output_softmax_inv_table_t;

#endif
